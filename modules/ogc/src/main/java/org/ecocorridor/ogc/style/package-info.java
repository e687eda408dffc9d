/**
 * The styling model of SLD 1.0 and SE 1.1: {@link org.ecocorridor.ogc.style.StyledLayerDescriptor}
 * → {@link org.ecocorridor.ogc.style.StyledLayer} → {@link org.ecocorridor.ogc.style.NamedStyle}
 * → {@link org.ecocorridor.ogc.style.FeatureTypeStyle} → {@link org.ecocorridor.ogc.style.Rule}
 * → {@link org.ecocorridor.ogc.style.Symbolizer}s. All records, immutable. Parsing is in
 * {@code style.sld}, filters in {@code style.filter}, drawing in {@code ogc.render}.
 */
package org.ecocorridor.ogc.style;
