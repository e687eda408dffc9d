package org.ecocorridor.store.io.csv;

import java.io.IOException;

/**
 * A CSV text that breaks RFC 4180 beyond what {@link CsvTokenizer} tolerates (an unterminated
 * quoted field). Immutable.
 */
public final class CsvFormatException extends IOException {
    private static final long serialVersionUID = 1L;

    private final long line;

    public CsvFormatException(long line, String message) {
        super("Line " + line + ": " + message);
        this.line = line;
    }

    /** The 1-based line number where the problem was found. */
    public long line() {
        return line;
    }
}
