package org.ecocorridor.core.filter;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.ecocorridor.core.feature.AttributeDescriptor;
import org.ecocorridor.core.feature.AttributeType;
import org.ecocorridor.core.filter.InvalidFilterException.Reason;

/**
 * Converts filter literals to the Java type of an attribute ({@link AttributeType#javaType()}):
 * <ul>
 *   <li>INTEGER: {@code "12"} to 12L; a decimal such as {@code "12.5"} stays a Double, so that
 *       {@code n < 12.5} keeps its meaning;</li>
 *   <li>DOUBLE: any decimal or integer text;</li>
 *   <li>BOOLEAN: {@code true}/{@code false}/{@code 1}/{@code 0} (xs:boolean);</li>
 *   <li>DATE: {@code 2024-01-15}, or the UTC date of a date-time;</li>
 *   <li>TIMESTAMP: ISO 8601 date-time (no offset means UTC), or a date at 00:00 UTC;</li>
 *   <li>STRING: the text itself.</li>
 * </ul>
 * Thread-safe (stateless).
 */
public final class LiteralValues {
    private LiteralValues() {
    }

    /**
     * The literal as a value of the attribute's type.
     *
     * @throws InvalidFilterException (BAD_OPERAND) naming the property and the value
     */
    public static Object convert(Object value, AttributeDescriptor attribute) {
        if (attribute.type().javaType().isInstance(value)) {
            return value;
        }
        String text = value.toString().trim();
        try {
            return switch (attribute.type()) {
                case STRING -> value.toString();
                case INTEGER -> integer(text);
                case DOUBLE -> Double.valueOf(text);
                case BOOLEAN -> bool(text);
                case DATE -> date(text);
                case TIMESTAMP -> instant(text);
            };
        } catch (NumberFormatException | DateTimeParseException e) {
            throw new InvalidFilterException(Reason.BAD_OPERAND, attribute.name(), "Value \"" + value
                    + "\" is not a valid " + attribute.type().name().toLowerCase(Locale.ROOT) + " for property \""
                    + attribute.name() + "\"");
        }
    }

    /** Parses an xs:date or xs:dateTime as an instant (dates at 00:00 UTC; no offset = UTC). */
    public static Instant instant(String text) {
        if (text.length() <= 10) {
            return LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant();
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            return java.time.LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
        }
    }

    private static Object integer(String text) {
        if (text.matches("[+-]?\\d+")) {
            return Long.valueOf(text);
        }
        double d = Double.parseDouble(text);
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            throw new NumberFormatException(text);
        }
        return d;
    }

    private static Boolean bool(String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "true", "1" -> Boolean.TRUE;
            case "false", "0" -> Boolean.FALSE;
            default -> throw new NumberFormatException(text);
        };
    }

    private static LocalDate date(String text) {
        return text.length() <= 10 ? LocalDate.parse(text) : LocalDate.ofInstant(instant(text), ZoneOffset.UTC);
    }
}
