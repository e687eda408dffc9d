package org.ecocorridor.store.sql;

/**
 * SQL identifiers built from user input (layer and attribute names). Only names matching
 * {@code [a-z_][a-z0-9_]*} (at most 63 characters, PostgreSQL's limit) are accepted, and they are
 * always double-quoted, so reserved words such as {@code count} or {@code value} are safe too.
 * Lower-case quoted names equal unquoted ones on PostgreSQL and on H2 with
 * {@code DATABASE_TO_LOWER=TRUE}.
 *
 * <p>Thread-safe (stateless).
 */
public final class Identifiers {
    /** PostgreSQL's identifier length limit (NAMEDATALEN − 1). */
    public static final int MAX_LENGTH = 63;

    private Identifiers() {
    }

    /**
     * Whether a name can be used as an identifier: {@code [a-z_][a-z0-9_]*}, 1 to {@value #MAX_LENGTH}
     * characters. A loop rather than a regular expression: every catalog row read checks several
     * names, and on a cached tile the regex was about 4 % of the request's CPU (JFR, docs/benchmarks.md).
     */
    public static boolean isValid(String name) {
        if (name == null || name.isEmpty() || name.length() > MAX_LENGTH) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            char ch = name.charAt(i);
            boolean ok = ch >= 'a' && ch <= 'z' || ch == '_' || i > 0 && ch >= '0' && ch <= '9';
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /**
     * Checks a name.
     *
     * @param what what the name is, for the message (e.g. "attribute name")
     * @throws IllegalArgumentException naming the bad value
     */
    public static String require(String name, String what) {
        if (!isValid(name)) {
            throw new IllegalArgumentException("Invalid " + what + " \"" + name + "\": use lower-case letters,"
                    + " digits and '_', not starting with a digit, at most " + MAX_LENGTH + " characters");
        }
        return name;
    }

    /** The checked name in double quotes. */
    public static String quote(String name) {
        return '"' + require(name, "SQL identifier") + '"';
    }
}
