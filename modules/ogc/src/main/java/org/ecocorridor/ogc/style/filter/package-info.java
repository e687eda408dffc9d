/**
 * The small filter and expression model of SLD rules (Filter Encoding 1.0/1.1 subset: comparisons,
 * Between, Like, Null, FeatureId, And/Or/Not; literals, properties, arithmetic and a few math
 * functions), evaluated in memory on a {@link org.ecocorridor.core.feature.Feature}.
 * Self-contained on purpose: WFS uses the richer filter model of {@code core}.
 */
package org.ecocorridor.ogc.style.filter;
