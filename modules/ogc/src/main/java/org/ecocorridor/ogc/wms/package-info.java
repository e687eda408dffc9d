/**
 * WMS 1.3.0 and 1.1.1 over {@link org.ecocorridor.core.source.MapDataSource}: capabilities
 * (StAX), GetMap through the {@link org.ecocorridor.ogc.render.MapRenderer}, GetFeatureInfo,
 * GetLegendGraphic and the exception formats (XML, INIMAGE, BLANK). Framework-free: the server
 * adapts HTTP requests to {@link org.ecocorridor.ogc.ows.OwsRequest}s.
 *
 * <p>Axis order: internally every envelope is (east, north). WMS 1.3.0 with a CRS whose EPSG
 * definition puts north first (EPSG:4326) sends BBOX as minLat,minLon,maxLat,maxLon; 1.1.1 and
 * CRS:84 always send x = east ({@link org.ecocorridor.ogc.wms.WmsCrs}).
 */
package org.ecocorridor.ogc.wms;
