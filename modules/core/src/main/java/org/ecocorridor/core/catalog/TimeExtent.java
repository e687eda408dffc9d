package org.ecocorridor.core.catalog;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The dates a layer covers, inclusive. Immutable.
 *
 * @param start first date
 * @param end   last date, not before {@code start}
 */
public record TimeExtent(LocalDate start, LocalDate end) {
    public TimeExtent {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("Time extent ends (" + end + ") before it starts (" + start + ")");
        }
    }
}
