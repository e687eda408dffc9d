/**
 * The store side of map services: {@link org.ecocorridor.store.map.DatabaseMapDataSource}
 * implements {@link org.ecocorridor.core.source.MapDataSource} over the catalog, vector tables and
 * stored rasters of PostGIS or H2GIS.
 */
package org.ecocorridor.store.map;
