package org.ecocorridor.report;

import java.math.BigDecimal;
import java.util.List;
import org.ecocorridor.report.model.ReportTable;

/**
 * A report table as CSV (RFC 4180): comma separated, CRLF line ends, a header row whose units are
 * in brackets ({@code length [km]}), fields quoted when they hold a comma, a quote, CR or LF (quotes
 * doubled). Numbers keep full precision with a {@code .} decimal point: the shortest decimal that
 * reads back to the same double, plain notation unless the exponent is extreme (then {@code 1E-25}),
 * {@code NaN}, {@code Inf}, {@code -Inf}. Booleans are {@code true}/{@code false}, null is an empty
 * field. The caller writes the text as UTF-8 (no byte-order mark).
 *
 * <p>Thread-safe: stateless.
 */
public final class CsvTables {
    private static final String EOL = "\r\n";

    private CsvTables() {
    }

    /** The whole table as CSV text. */
    public static String csv(ReportTable table) {
        StringBuilder out = new StringBuilder();
        List<ReportTable.Column> columns = table.columns();
        for (int i = 0; i < columns.size(); i++) {
            ReportTable.Column c = columns.get(i);
            String header = c.unit() == null || c.unit().isBlank() ? c.name() : c.name() + " [" + c.unit() + "]";
            out.append(i == 0 ? "" : ",").append(field(header));
        }
        out.append(EOL);
        for (List<Object> row : table.rows()) {
            for (int i = 0; i < row.size(); i++) {
                out.append(i == 0 ? "" : ",").append(field(cell(row.get(i))));
            }
            out.append(EOL);
        }
        return out.toString();
    }

    /** A cell's CSV text before quoting. */
    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Double || value instanceof Float) {
            return number(((Number) value).doubleValue());
        }
        if (value instanceof BigDecimal b) {
            return b.toPlainString();
        }
        return value.toString();
    }

    /** Full precision: {@link Double#toString} digits (they read back exactly), plain where sensible. */
    static String number(double d) {
        if (Double.isNaN(d)) {
            return "NaN";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "Inf" : "-Inf";
        }
        if (d == 0) {
            return "0";
        }
        BigDecimal b = new BigDecimal(Double.toString(d)).stripTrailingZeros();
        int exponent = b.precision() - b.scale() - 1; // position of the leading digit
        return exponent >= -12 && exponent <= 20 ? b.toPlainString() : b.toString();
    }

    private static String field(String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
            return s;
        }
        return '"' + s.replace("\"", "\"\"") + '"';
    }
}
