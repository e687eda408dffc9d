package org.ecocorridor.store.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.ecocorridor.core.feature.AttributeType;
import tools.jackson.databind.JsonNode;

/**
 * Converts CSV text and GeoJSON property values to the Java types of {@link AttributeType}. CSV:
 * empty field = null, booleans {@code true}/{@code false}, dates ISO {@code YYYY-MM-DD},
 * timestamps ISO-8601 instants. JSON: numbers, booleans and strings as such; strings are parsed as
 * in CSV when the column wants a number, boolean or date.
 *
 * <p>Thread-safe (stateless).
 */
final class ValueParser {
    private ValueParser() {
    }

    /**
     * @throws IllegalArgumentException naming the type and the bad text
     */
    static Object fromText(String text, AttributeType type) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        try {
            return switch (type) {
                case STRING -> text;
                case INTEGER -> Long.parseLong(text.trim());
                case DOUBLE -> Double.parseDouble(text.trim());
                case BOOLEAN -> parseBoolean(text.trim());
                case DATE -> LocalDate.parse(text.trim());
                case TIMESTAMP -> Instant.parse(text.trim());
            };
        } catch (NumberFormatException | DateTimeParseException e) {
            throw new IllegalArgumentException("cannot read \"" + text + "\" as " + type, e);
        }
    }

    static Object fromJson(JsonNode node, AttributeType type) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        if (node.isString()) {
            return type == AttributeType.STRING ? node.stringValue() : fromText(node.stringValue(), type);
        }
        return switch (type) {
            case STRING -> node.asString();
            case INTEGER -> integral(node);
            case DOUBLE -> number(node).doubleValue();
            case BOOLEAN -> {
                if (!node.isBoolean()) {
                    throw new IllegalArgumentException("cannot read " + node + " as BOOLEAN");
                }
                yield node.booleanValue();
            }
            case DATE, TIMESTAMP -> throw new IllegalArgumentException("cannot read " + node + " as " + type);
        };
    }

    private static Number number(JsonNode node) {
        if (!node.isNumber()) {
            throw new IllegalArgumentException("cannot read " + node + " as a number");
        }
        return node.numberValue();
    }

    private static long integral(JsonNode node) {
        double d = number(node).doubleValue();
        if (node.isIntegralNumber()) {
            return node.longValue();
        }
        if (d != Math.rint(d) || Math.abs(d) > 1L << 53) {
            throw new IllegalArgumentException("cannot read " + node + " as INTEGER");
        }
        return (long) d;
    }

    private static boolean parseBoolean(String text) {
        return switch (text) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException("cannot read \"" + text + "\" as BOOLEAN (true/false)");
        };
    }
}
