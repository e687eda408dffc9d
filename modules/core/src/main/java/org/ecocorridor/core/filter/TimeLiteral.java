package org.ecocorridor.core.filter;

import java.time.Instant;
import java.util.Objects;

/**
 * A GML time instant ({@code begin == end}) or period {@code [begin, end]}, in UTC. Dates are
 * read as their first instant (00:00 UTC), the convention the stores use for DATE columns.
 * Immutable.
 *
 * @param begin first instant
 * @param end   last instant, not before {@code begin}
 */
public record TimeLiteral(Instant begin, Instant end) {
    public TimeLiteral {
        Objects.requireNonNull(begin, "begin");
        Objects.requireNonNull(end, "end");
        if (end.isBefore(begin)) {
            throw new IllegalArgumentException("Time period ends (" + end + ") before it begins (" + begin + ")");
        }
    }

    /** An instant. */
    public static TimeLiteral instant(Instant t) {
        return new TimeLiteral(t, t);
    }

    public boolean isInstant() {
        return begin.equals(end);
    }
}
