/**
 * Provider interfaces through which protocol code reads (and, for WFS-T, writes) features without
 * knowing the store: {@link org.ecocorridor.core.source.FeatureSource},
 * {@link org.ecocorridor.core.source.SourceQuery}, {@link org.ecocorridor.core.source.FeatureType}.
 */
package org.ecocorridor.core.source;
