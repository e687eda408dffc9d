package org.ecocorridor.ogc.filter;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.ecocorridor.core.filter.LiteralValues;
import org.ecocorridor.core.filter.TimeLiteral;
import org.ecocorridor.ogc.exception.OgcException;
import org.ecocorridor.ogc.ows.XmlElement;

/**
 * Reads GML temporal literals: {@code TimeInstant/timePosition} and {@code TimePeriod} with
 * {@code beginPosition}/{@code endPosition} or {@code begin}/{@code end} holding TimeInstants.
 * Dates are their 00:00 UTC instant; date-times without offset are UTC. Thread-safe (stateless).
 */
final class TimeLiterals {
    private TimeLiterals() {
    }

    static TimeLiteral read(XmlElement e, String locator) {
        if (e.is("TimeInstant")) {
            return TimeLiteral.instant(position(e.child("timePosition").orElse(null), locator));
        }
        if (e.is("TimePeriod")) {
            Instant begin = e.child("beginPosition").isPresent() ? position(e.child("beginPosition").get(), locator)
                    : position(e.child("begin").flatMap(b -> b.child("TimeInstant"))
                            .flatMap(t -> t.child("timePosition")).orElse(null), locator);
            Instant end = e.child("endPosition").isPresent() ? position(e.child("endPosition").get(), locator)
                    : position(e.child("end").flatMap(b -> b.child("TimeInstant"))
                            .flatMap(t -> t.child("timePosition")).orElse(null), locator);
            try {
                return new TimeLiteral(begin, end);
            } catch (IllegalArgumentException ex) {
                throw OgcException.invalidParameter(locator, ex.getMessage());
            }
        }
        throw OgcException.invalidParameter(locator, "Expected gml:TimeInstant or gml:TimePeriod, got " + e.localName());
    }

    private static Instant position(XmlElement p, String locator) {
        if (p == null) {
            throw OgcException.invalidParameter(locator, "Time literal without a position");
        }
        try {
            return LiteralValues.instant(p.text());
        } catch (DateTimeParseException e) {
            throw OgcException.invalidParameter(locator, "Invalid time position \"" + p.text() + "\"");
        }
    }
}
