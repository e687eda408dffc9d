package org.ecocorridor.ogc.wms;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import org.ecocorridor.core.catalog.TimeExtent;
import org.ecocorridor.ogc.exception.OgcException;
import org.ecocorridor.ogc.exception.WmsExceptionCodes;

/**
 * The WMS {@code TIME} parameter (WMS 1.3.0 Annex C/D, ISO 8601) at the precision of a day, which is
 * the resolution of Ecocorridor's time dimensions (survey dates):
 * <ul>
 *   <li>{@code 2024-01-15} or {@code 2024-01-15T08:00:00Z}: that day;</li>
 *   <li>{@code 2023-11-01/2024-02-29} (optionally {@code /P1D}): the days from start to end, inclusive;</li>
 *   <li>{@code current} or {@code present}: the layer's last date.</li>
 * </ul>
 * Absent, the layer's default applies: its last date (the most recent survey), as advertised in
 * capabilities. Lists of values are not supported (InvalidDimensionValue).
 *
 * <p>Thread-safe (stateless).
 */
public final class TimeParameter {
    private TimeParameter() {
    }

    /**
     * The dates selected for a layer with time extent {@code extent}.
     *
     * @param value the TIME value as sent, or null when absent
     * @throws OgcException MissingDimensionValue for an empty value, InvalidDimensionValue for a bad one
     */
    public static TimeExtent select(String value, boolean given, TimeExtent extent) {
        if (value == null) {
            if (given) {
                throw WmsExceptionCodes.error(WmsExceptionCodes.MISSING_DIMENSION_VALUE, "TIME",
                        "TIME is empty: give a date, a range start/end or 'current'");
            }
            return defaultValue(extent);
        }
        String v = value.trim();
        if (v.equalsIgnoreCase("current") || v.equalsIgnoreCase("present")) {
            return defaultValue(extent);
        }
        if (v.contains(",")) {
            throw invalid(value, "lists of times are not supported; use a range start/end");
        }
        String[] parts = v.split("/");
        if (parts.length == 1) {
            LocalDate d = date(parts[0], value);
            return new TimeExtent(d, d);
        }
        if (parts.length == 2 || parts.length == 3) {
            LocalDate start = date(parts[0], value);
            LocalDate end = date(parts[1], value);
            if (end.isBefore(start)) {
                throw invalid(value, "the range ends before it starts");
            }
            return new TimeExtent(start, end);
        }
        throw invalid(value, "expected a date or start/end[/period]");
    }

    /** The default value advertised in capabilities: the layer's last date. */
    public static TimeExtent defaultValue(TimeExtent extent) {
        return new TimeExtent(extent.end(), extent.end());
    }

    private static LocalDate date(String text, String value) {
        String t = text.trim();
        try {
            if (t.length() > 10) {
                return OffsetDateTime.parse(t.endsWith("Z") || t.matches(".*[+-]\\d\\d:\\d\\d$") ? t : t + "Z")
                        .toLocalDate();
            }
            return LocalDate.parse(t);
        } catch (DateTimeParseException e) {
            throw invalid(value, "\"" + t + "\" is not an ISO 8601 date");
        }
    }

    private static OgcException invalid(String value, String why) {
        return WmsExceptionCodes.error(WmsExceptionCodes.INVALID_DIMENSION_VALUE, "TIME",
                "Invalid TIME \"" + value + "\": " + why);
    }
}
