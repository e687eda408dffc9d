/**
 * A small hand-written reader for ESRI Shapefiles (.shp geometry, .dbf attributes, code pages).
 * Written here because no library on Maven Central reads Shapefiles without GeoTools, which is not
 * on Maven Central. Follows the <em>ESRI Shapefile Technical Description</em> (ESRI White Paper,
 * July 1998) and the dBASE III file structure. Streams record by record from {@link
 * java.io.InputStream}s; knows nothing of zips, CRSs or feature schemas.
 */
package org.ecocorridor.store.io.shapefile;
