package org.ecocorridor.store.io;

import java.util.List;
import java.util.Objects;

/**
 * A file that cannot be imported as it is: unknown format, unreadable structure, a value that
 * does not fit its column, invalid geometries under {@link GeometryPolicy#REJECT}, an unknown CRS.
 * The message names the file and, where there is one, the row and the column, e.g.
 * {@code sites.csv: Row 10234, column "count": expected integer, got "abc"}.
 *
 * <h2>Rows</h2>
 * A row is the 1-based feature number in the file, except for CSV where it is the physical line
 * number where the record starts (the header is line 1), which is what a text editor shows.
 *
 * <h2>Checked and unchecked</h2>
 * {@link VectorReaders#open} throws this checked exception for problems found while opening (and,
 * for GeoJSON and CSV, during the first pass over the file). The {@link
 * org.ecocorridor.core.feature.FeatureCursor} of a {@link VectorSource} is an {@code Iterator} and
 * is consumed inside the importer's transaction, so it throws {@link Unchecked}, whose
 * {@link Unchecked#getCause()} is the checked exception; catch it, roll back, and report
 * {@code getCause().getMessage()}. I/O failures are {@link java.io.IOException} (checked) and
 * {@link java.io.UncheckedIOException} (from cursors).
 *
 * <p>Immutable.
 */
public final class ImportException extends Exception {
    private static final long serialVersionUID = 1L;
    /** At most this many rows are listed for invalid geometries under REJECT. */
    public static final int MAX_LISTED_ROWS = 100;

    private final String file;
    private final long row;
    private final String column;
    private final List<String> rowProblems;

    private ImportException(String file, long row, String column, List<String> rowProblems, String message,
                            Throwable cause) {
        super(file + ": " + message, cause);
        this.file = file;
        this.row = row;
        this.column = column;
        this.rowProblems = List.copyOf(rowProblems);
    }

    /** A problem with the file as a whole (format, structure, CRS). */
    public ImportException(String file, String message) {
        this(file, message, null);
    }

    /** A problem with the file as a whole, caused by a lower-level exception. */
    public ImportException(String file, String message, Throwable cause) {
        this(Objects.requireNonNull(file, "file"), 0, null, List.of(), message, cause);
    }

    /**
     * A problem at one row, optionally in one column:
     * {@code Row <row>[, column "<column>"]: <detail>}.
     *
     * @param column the column as named in the file, or null when the problem is not in one column
     */
    public static ImportException atRow(String file, long row, String column, String detail) {
        String where = "Row " + row + (column == null ? "" : ", column \"" + column + "\"");
        return new ImportException(file, row, column, List.of(where + ": " + detail), where + ": " + detail, null);
    }

    /**
     * Invalid geometries under {@link GeometryPolicy#REJECT}: one line per row,
     * {@code Row 17: invalid geometry (Self-intersection at 131.2 43.1)}.
     *
     * @param problems   up to {@link #MAX_LISTED_ROWS} lines as above, in file order
     * @param incomplete whether more invalid rows may follow the listed ones
     */
    static ImportException invalidGeometries(String file, long firstRow, List<String> problems, boolean incomplete) {
        String head = problems.size() == 1 && !incomplete
                ? ""
                : (incomplete ? "at least " : "") + problems.size() + " invalid geometries"
                + (incomplete ? " (the first " + problems.size() + " listed)" : "") + ":\n";
        return new ImportException(file, firstRow, null, problems, head + String.join("\n", problems), null);
    }

    /** The file name, as given to the reader. */
    public String file() {
        return file;
    }

    /** The first row concerned (see class comment), or 0 when the problem is not in a row. */
    public long row() {
        return row;
    }

    /** The column as named in the file, or null. */
    public String column() {
        return column;
    }

    /** One line per row concerned ({@code Row n[, column "c"]: detail}); empty for file-level problems. */
    public List<String> rowProblems() {
        return rowProblems;
    }

    /** The unchecked wrapper thrown by feature cursors; see the class comment. Immutable. */
    public static final class Unchecked extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public Unchecked(ImportException cause) {
            super(cause.getMessage(), Objects.requireNonNull(cause, "cause"));
        }

        @Override
        public synchronized ImportException getCause() {
            return (ImportException) super.getCause();
        }
    }
}
