/**
 * WFS 2.0.0 / 1.1.0 over {@link org.ecocorridor.core.source.FeatureSource}: request parsing (KVP and
 * XML), capabilities, DescribeFeatureType schemas, GetFeature in GML 3.2 / 3.1.1 and GeoJSON
 * (streamed), GetPropertyValue and the GetFeatureById stored query. Feature types are in the
 * namespace {@code https://ecocorridor.org/ns} with prefix {@code eco}.
 */
package org.ecocorridor.ogc.wfs;
