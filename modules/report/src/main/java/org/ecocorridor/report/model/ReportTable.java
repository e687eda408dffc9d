package org.ecocorridor.report.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A table, also downloadable as {@code <id>.csv}. Cells are strings, numbers (Integer, Long, Double),
 * booleans or null (empty). Immutable.
 *
 * @param id      file-name stem, {@code [a-z0-9][a-z0-9_-]*}, unique within the report
 * @param title   caption
 * @param columns column headers with their units
 * @param rows    data rows, each as long as {@code columns}
 */
public record ReportTable(String id, String title, List<Column> columns, List<List<Object>> rows)
        implements ReportBlock {
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9_-]*");

    /** A column header; {@code unit} is null for unitless or text columns. */
    public record Column(String name, String unit) {
        public Column {
            Objects.requireNonNull(name, "name");
        }

        public static Column of(String name) {
            return new Column(name, null);
        }
    }

    public ReportTable {
        if (id == null || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException("Invalid table id \"" + id + "\": use [a-z0-9][a-z0-9_-]*");
        }
        Objects.requireNonNull(title, "title");
        columns = List.copyOf(columns);
        List<List<Object>> copy = new ArrayList<>(rows.size());
        for (List<Object> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException("Table " + id + ": a row has " + row.size() + " cells for "
                        + columns.size() + " columns");
            }
            copy.add(java.util.Collections.unmodifiableList(new ArrayList<>(row)));
        }
        rows = java.util.Collections.unmodifiableList(copy);
    }
}
