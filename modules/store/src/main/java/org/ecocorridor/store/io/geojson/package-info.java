/**
 * A streaming GeoJSON geometry codec for Jackson 3 (RFC 7946): {@link
 * org.ecocorridor.store.io.geojson.GeoJsonGeometryWriter} and {@link
 * org.ecocorridor.store.io.geojson.GeoJsonGeometryParser}. Depends only on JTS and jackson-core, so
 * that other encoders (WFS, OGC API Features) can reuse it; nothing here knows about features,
 * files or CRSs.
 */
package org.ecocorridor.store.io.geojson;
