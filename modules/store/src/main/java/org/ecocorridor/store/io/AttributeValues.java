package org.ecocorridor.store.io;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Pattern;
import org.ecocorridor.core.feature.AttributeType;

/**
 * Type inference and conversion of attribute values read from files.
 *
 * <h2>Inference</h2>
 * Each value suggests a type; a column's type is the widest suggestion over all its values with
 * INTEGER &lt; DOUBLE &lt; STRING; BOOLEAN, DATE or TIMESTAMP mixed with anything else give
 * STRING; a column with only nulls is STRING. Text suggests (only where the format has no types,
 * i.e. CSV, and always for dates):
 * <ul>
 *   <li>INTEGER: {@code [+-]?(0|[1-9][0-9]*)} within 64 bits. Leading zeros ({@code 007}) keep
 *       the column STRING, since they are codes, not numbers; so do longer digit strings, which a
 *       double would round.</li>
 *   <li>DOUBLE: decimal or scientific notation ({@code 1.5}, {@code -.5}, {@code 2e-3});
 *       {@code NaN} and {@code Infinity} are text. With {@code decimalComma} (CSV files separated
 *       by {@code ;}), {@code 1,5} is 1.5.</li>
 *   <li>BOOLEAN: {@code true} or {@code false}, any case.</li>
 *   <li>DATE: ISO 8601 calendar date {@code YYYY-MM-DD}; TIMESTAMP: ISO 8601 date-time with
 *       {@code T} or a space, optional seconds and fraction, optional offset ({@code Z},
 *       {@code +09:00}, {@code +0900}); without an offset it is taken as UTC.</li>
 * </ul>
 *
 * <h2>Conversion</h2>
 * {@link #convert} turns a value into a column type, accepting text in the forms above and exact
 * numeric widenings (an integral double into INTEGER, a date into TIMESTAMP at 00:00 UTC, the
 * integers 0 and 1 into BOOLEAN as SQLite stores them); anything
 * else fails with {@code expected <type>, got <value>}.
 *
 * <p>Thread-safe: stateless.
 */
final class AttributeValues {
    private static final Pattern INTEGER = Pattern.compile("[+-]?(0|[1-9][0-9]*)");
    private static final Pattern LENIENT_INTEGER = Pattern.compile("[+-]?[0-9]+");
    private static final Pattern DECIMAL =
            Pattern.compile("[+-]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[eE][+-]?[0-9]+)?");
    private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
    private static final Pattern TIMESTAMP = Pattern.compile(
            "[0-9]{4}-[0-9]{2}-[0-9]{2}[T ][0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]{1,9})?)?(Z|[+-][0-9]{2}:?[0-9]{2})?");
    private static final DateTimeFormatter TIMESTAMP_FORMAT = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE).appendLiteral('T').append(DateTimeFormatter.ISO_LOCAL_TIME)
            .optionalStart().appendPattern("[XXX][XX]").optionalEnd().toFormatter(Locale.ROOT);
    private static final int MAX_QUOTED = 60;

    private AttributeValues() {
    }

    /**
     * The type one value suggests, or null for null.
     *
     * @param numbersInText whether text may hold numbers and booleans (CSV) or not (GeoJSON strings)
     */
    static AttributeType typeOf(Object value, boolean numbersInText, boolean decimalComma) {
        if (value == null) {
            return null;
        } else if (isIntegral(value)) {
            return AttributeType.INTEGER;
        } else if (value instanceof Number) {
            return AttributeType.DOUBLE;
        } else if (value instanceof Boolean) {
            return AttributeType.BOOLEAN;
        } else if (value instanceof LocalDate) {
            return AttributeType.DATE;
        } else if (value instanceof Instant) {
            return AttributeType.TIMESTAMP;
        }
        String t = value.toString().trim();
        if (numbersInText) {
            if (INTEGER.matcher(t).matches() && fitsLong(t)) {
                return AttributeType.INTEGER;
            }
            String d = decimalComma ? commaToPoint(t) : t;
            if (DECIMAL.matcher(d).matches() && !LENIENT_INTEGER.matcher(d).matches()) {
                return AttributeType.DOUBLE;
            }
            if (isBooleanText(t)) {
                return AttributeType.BOOLEAN;
            }
        }
        if (DATE.matcher(t).matches() && parseDate(t) != null) {
            return AttributeType.DATE;
        }
        if (TIMESTAMP.matcher(t).matches() && parseTimestamp(t) != null) {
            return AttributeType.TIMESTAMP;
        }
        return AttributeType.STRING;
    }

    /** The narrowest type holding both; null stands for "no value seen yet". */
    static AttributeType widen(AttributeType a, AttributeType b) {
        if (a == null || a == b) {
            return b;
        } else if (b == null) {
            return a;
        }
        boolean numeric = (a == AttributeType.INTEGER || a == AttributeType.DOUBLE)
                && (b == AttributeType.INTEGER || b == AttributeType.DOUBLE);
        return numeric ? AttributeType.DOUBLE : AttributeType.STRING;
    }

    /**
     * Converts a value to the Java type of {@code type} (see {@link AttributeType}).
     *
     * @throws IllegalArgumentException {@code expected integer, got "abc"}
     */
    static Object convert(Object value, AttributeType type, boolean decimalComma) {
        if (value == null) {
            return null;
        }
        Object result = switch (type) {
            case STRING -> toText(value);
            case INTEGER -> toLong(value, decimalComma);
            case DOUBLE -> toDouble(value, decimalComma);
            case BOOLEAN -> toBoolean(value);
            case DATE -> value instanceof LocalDate ? value : value instanceof String s ? parseDate(s.trim()) : null;
            case TIMESTAMP -> toInstant(value);
        };
        if (result == null) {
            throw new IllegalArgumentException("expected " + describe(type) + ", got " + quote(value));
        }
        return result;
    }

    private static String toText(Object value) {
        if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            return Double.isFinite(d) ? BigDecimal.valueOf(d).toPlainString() : Double.toString(d);
        }
        return value.toString();
    }

    private static Long toLong(Object value, boolean decimalComma) {
        if (value instanceof Long l) {
            return l;
        } else if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return ((Number) value).longValue();
        } else if (value instanceof Number n) {
            double d = n.doubleValue();
            return d == Math.rint(d) && Math.abs(d) < 0x1p63 ? (long) d : null;
        } else if (value instanceof String s) {
            String t = s.trim();
            if (LENIENT_INTEGER.matcher(t).matches() && fitsLong(t)) {
                return Long.parseLong(t);
            }
            Double d = toDouble(t, decimalComma);
            return d != null ? toLong(d, false) : null;
        }
        return null;
    }

    private static Double toDouble(Object value, boolean decimalComma) {
        if (value instanceof Number n) {
            return n.doubleValue();
        } else if (value instanceof String s) {
            String t = decimalComma ? commaToPoint(s.trim()) : s.trim();
            return DECIMAL.matcher(t).matches() ? Double.parseDouble(t) : null;
        }
        return null;
    }

    private static Boolean toBoolean(Object value) {
        if (value instanceof Boolean b) {
            return b;
        } else if ((value instanceof Long || value instanceof Integer) && ((Number) value).longValue() >= 0
                && ((Number) value).longValue() <= 1) {
            return ((Number) value).longValue() == 1; // SQLite and GeoPackage store BOOLEAN as 0 or 1
        } else if (value instanceof String s && isBooleanText(s.trim())) {
            return Boolean.parseBoolean(s.trim());
        }
        return null;
    }

    private static Instant toInstant(Object value) {
        if (value instanceof Instant i) {
            return i;
        } else if (value instanceof LocalDate d) {
            return d.atStartOfDay(ZoneOffset.UTC).toInstant();
        } else if (value instanceof java.util.Date d) {
            return d.toInstant();
        } else if (value instanceof String s) {
            String t = s.trim();
            LocalDate date = DATE.matcher(t).matches() ? parseDate(t) : null;
            return date != null ? date.atStartOfDay(ZoneOffset.UTC).toInstant() : parseTimestamp(t);
        }
        return null;
    }

    static LocalDate parseDate(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    static Instant parseTimestamp(String text) {
        if (!TIMESTAMP.matcher(text).matches()) {
            return null;
        }
        try {
            var parsed = TIMESTAMP_FORMAT.parseBest(text.replace(' ', 'T'), OffsetDateTime::from, LocalDateTime::from);
            return parsed instanceof OffsetDateTime odt
                    ? odt.toInstant() : ((LocalDateTime) parsed).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static boolean isIntegral(Object value) {
        return value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte;
    }

    private static boolean isBooleanText(String t) {
        return t.equalsIgnoreCase("true") || t.equalsIgnoreCase("false");
    }

    private static boolean fitsLong(String t) {
        try {
            Long.parseLong(t);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** {@code 1,5} to {@code 1.5} when the text has exactly one comma and no point. */
    private static String commaToPoint(String t) {
        return t.indexOf('.') < 0 && t.indexOf(',') == t.lastIndexOf(',') ? t.replace(',', '.') : t;
    }

    private static String describe(AttributeType type) {
        return switch (type) {
            case STRING -> "text";
            case INTEGER -> "integer";
            case DOUBLE -> "number";
            case BOOLEAN -> "true or false";
            case DATE -> "date (YYYY-MM-DD)";
            case TIMESTAMP -> "date-time (ISO 8601)";
        };
    }

    /** A value for a message: text in double quotes, cut to 60 characters; other values as they print. */
    static String quote(Object value) {
        if (!(value instanceof String s)) {
            return String.valueOf(value);
        }
        return "\"" + (s.length() > MAX_QUOTED ? s.substring(0, MAX_QUOTED) + "…" : s) + "\"";
    }
}
