package org.ecocorridor.ogc.style.filter;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * Value coercion and comparison for filters, following Filter Encoding 1.1 §11 loosely:
 * <ul>
 *   <li>two numbers, or a number and numeric text, compare as doubles ({@code "5" = 5.0});</li>
 *   <li>a Boolean and text compare as booleans ({@code "true"}/{@code "false"}/{@code "1"}/{@code "0"});</li>
 *   <li>a {@link LocalDate} or {@link Instant} and ISO-8601 text compare as dates;</li>
 *   <li>anything else compares as text, case-sensitively unless {@code matchCase} is false;</li>
 *   <li>null (absent) is comparable to nothing: every comparison with it is false.</li>
 * </ul>
 *
 * <p>Thread-safe: stateless.
 */
public final class Values {
    /** Returned by {@link #compare} when the operands cannot be ordered. */
    public static final int INCOMPARABLE = Integer.MIN_VALUE;

    private Values() {
    }

    /** A number, numeric text or Boolean (1/0) as double; NaN otherwise. */
    public static double toDouble(Object value) {
        if (value instanceof Number n) {
            return n.doubleValue();
        }
        if (value instanceof Boolean b) {
            return b ? 1 : 0;
        }
        if (value instanceof String s) {
            return parseDouble(s);
        }
        return Double.NaN;
    }

    /** Text form: {@code ""} for null, whole doubles without ".0" (so labels read "12", not "12.0"). */
    public static String toText(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Double d && d == Math.rint(d) && Math.abs(d) < 1e15) {
            return Long.toString(d.longValue());
        }
        if (value instanceof Float f && f == Math.rint(f) && Math.abs(f) < 1e7) {
            return Long.toString(f.longValue());
        }
        return value.toString();
    }

    /**
     * Orders two values: negative, zero or positive as with {@link Comparable}, or
     * {@link #INCOMPARABLE} when either is null or they have no common type.
     */
    public static int compare(Object a, Object b, boolean matchCase) {
        if (a == null || b == null) {
            return INCOMPARABLE;
        }
        if (a instanceof Number || b instanceof Number) {
            double x = toDouble(a);
            double y = toDouble(b);
            if (!Double.isNaN(x) && !Double.isNaN(y)) {
                return Double.compare(x, y);
            }
        }
        if (a instanceof Boolean || b instanceof Boolean) {
            Boolean x = toBoolean(a);
            Boolean y = toBoolean(b);
            return x == null || y == null ? INCOMPARABLE : Boolean.compare(x, y);
        }
        if (a instanceof LocalDate || b instanceof LocalDate || a instanceof Instant || b instanceof Instant) {
            Instant x = toInstant(a);
            Instant y = toInstant(b);
            return x == null || y == null ? INCOMPARABLE : x.compareTo(y);
        }
        String x = a.toString();
        String y = b.toString();
        int c = matchCase ? x.compareTo(y) : x.compareToIgnoreCase(y);
        return Integer.signum(c);
    }

    private static double parseDouble(String s) {
        String t = s.trim();
        if (t.isEmpty()) {
            return Double.NaN;
        }
        char c = t.charAt(0);
        if (!(c == '-' || c == '+' || c == '.' || (c >= '0' && c <= '9'))) {
            return Double.NaN;
        }
        try {
            return Double.parseDouble(t);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    private static Boolean toBoolean(Object v) {
        if (v instanceof Boolean b) {
            return b;
        }
        if (v instanceof Number n) {
            return n.doubleValue() != 0;
        }
        return switch (v.toString().trim().toLowerCase(Locale.ROOT)) {
            case "true", "1", "t", "yes" -> Boolean.TRUE;
            case "false", "0", "f", "no" -> Boolean.FALSE;
            default -> null;
        };
    }

    private static Instant toInstant(Object v) {
        if (v instanceof Instant i) {
            return i;
        }
        if (v instanceof LocalDate d) {
            return d.atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
        }
        String s = v.toString().trim();
        try {
            return s.length() <= 10 ? LocalDate.parse(s).atStartOfDay(java.time.ZoneOffset.UTC).toInstant()
                    : Instant.parse(s);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
