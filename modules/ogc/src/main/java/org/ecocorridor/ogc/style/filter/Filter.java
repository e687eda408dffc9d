package org.ecocorridor.ogc.style.filter;

import org.ecocorridor.core.feature.Feature;

/**
 * A rule filter of SLD 1.0 / SE 1.1 (Filter Encoding 1.0/1.1 subset), evaluated in memory on one
 * feature. This small model serves styling only; the richer WFS filter model lives in {@code core}.
 *
 * <p>Implementations are immutable and thread-safe.
 */
public sealed interface Filter
        permits Filter.Constant, ComparisonFilter, BetweenFilter, LikeFilter, NullFilter, AndFilter, OrFilter,
        NotFilter, IdFilter {

    /** Accepts every feature (a rule without a filter). */
    Filter INCLUDE = Constant.INCLUDE;

    /** Accepts no feature. */
    Filter EXCLUDE = Constant.EXCLUDE;

    /** Whether the feature passes. */
    boolean test(Feature feature);

    /** The two constant filters. Immutable. */
    enum Constant implements Filter {
        INCLUDE, EXCLUDE;

        @Override
        public boolean test(Feature feature) {
            return this == INCLUDE;
        }
    }
}
