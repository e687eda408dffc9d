package org.ecocorridor.store.io.csv;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Splits CSV text into records, one record at a time, following RFC 4180 (Shafranovich 2005):
 * fields separated by a delimiter, optionally enclosed in double quotes, a quote inside a quoted
 * field doubled ({@code ""}), quoted fields may hold delimiters and line breaks. Lines end with
 * CRLF, LF or CR.
 *
 * <h2>Tolerated deviations</h2>
 * A leading UTF-8 byte-order mark (U+FEFF) is dropped; blank lines are skipped; a quote inside an
 * unquoted field and text after a closing quote are kept literally. Records may have different
 * numbers of fields (the caller decides). An unterminated quoted field raises {@link
 * CsvFormatException}.
 *
 * <p>Not thread-safe; one per file. Reads through the given reader's own buffer (wrap it in a
 * {@link java.io.BufferedReader}).
 */
public final class CsvTokenizer implements Closeable {
    private static final int EOF = -1;

    private final Reader in;
    private final char delimiter;
    private long line = 1;
    private long recordLine;
    private int pushedBack = -2;
    private boolean started;

    /**
     * @param in        the text, positioned at the start of the file
     * @param delimiter field separator, e.g. {@code ','} or {@code ';'}
     */
    public CsvTokenizer(Reader in, char delimiter) {
        this.in = Objects.requireNonNull(in, "in");
        if (delimiter == '"' || delimiter == '\n' || delimiter == '\r') {
            throw new IllegalArgumentException("delimiter must not be a quote or line break, got " + (int) delimiter);
        }
        this.delimiter = delimiter;
    }

    /**
     * The delimiter a header line uses: whichever of {@code ','}, {@code ';'} and tab occurs most
     * often outside quotes; {@code ','} on a tie or when none occurs.
     */
    public static char detectDelimiter(String headerLine) {
        int commas = 0;
        int semicolons = 0;
        int tabs = 0;
        boolean quoted = false;
        for (int i = 0; i < headerLine.length(); i++) {
            char c = headerLine.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted) {
                commas += c == ',' ? 1 : 0;
                semicolons += c == ';' ? 1 : 0;
                tabs += c == '\t' ? 1 : 0;
            }
        }
        if (semicolons > commas && semicolons >= tabs) {
            return ';';
        }
        return tabs > commas ? '\t' : ',';
    }

    /**
     * Reads the next record.
     *
     * @return the fields (empty fields as empty strings), or null at the end of the text
     * @throws CsvFormatException for an unterminated quoted field
     */
    public List<String> next() throws IOException {
        int c = read();
        if (!started) {
            started = true;
            if (c == '\uFEFF') {
                c = read();
            }
        }
        while (c == '\r' || c == '\n') { // blank lines
            c = lineBreak(c);
        }
        if (c == EOF) {
            return null;
        }
        recordLine = line;
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        while (true) {
            if (c == '"' && field.length() == 0) {
                c = readQuoted(field);
            } else if (c == delimiter) {
                fields.add(field.toString());
                field.setLength(0);
                c = read();
            } else if (c == '\r' || c == '\n') {
                unread(lineBreak(c));
                fields.add(field.toString());
                return fields;
            } else if (c == EOF) {
                fields.add(field.toString());
                return fields;
            } else {
                field.append((char) c);
                c = read();
            }
        }
    }

    /** The 1-based line the tokenizer has reached (where a decoding error, for instance, occurred). */
    public long currentLine() {
        return line;
    }

    /** The 1-based line on which the record last returned by {@link #next()} starts. */
    public long recordLine() {
        return recordLine;
    }

    /** Reads a quoted field after its opening quote; returns the character after the closing quote. */
    private int readQuoted(StringBuilder field) throws IOException {
        long startLine = line;
        while (true) {
            int c = read();
            if (c == EOF) {
                throw new CsvFormatException(startLine, "quoted field is not closed before the end of the file");
            }
            if (c == '"') {
                int next = read();
                if (next != '"') {
                    return next;
                }
                field.append('"');
            } else if (c == '\r' || c == '\n') {
                field.append((char) c);
                if (c == '\r') {
                    int next = read();
                    if (next == '\n') {
                        field.append('\n');
                    } else {
                        unread(next);
                    }
                }
                line++;
            } else {
                field.append((char) c);
            }
        }
    }

    /** Consumes a line break starting with {@code c}; returns the first character of the next line. */
    private int lineBreak(int c) throws IOException {
        line++;
        int next = read();
        if (c == '\r' && next == '\n') {
            next = read();
        }
        return next;
    }

    private int read() throws IOException {
        if (pushedBack != -2) {
            int c = pushedBack;
            pushedBack = -2;
            return c;
        }
        return in.read();
    }

    private void unread(int c) {
        pushedBack = c;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
