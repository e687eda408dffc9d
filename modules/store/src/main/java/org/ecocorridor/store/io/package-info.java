/**
 * Import and export of vector files: GeoJSON, GeoPackage, zipped Shapefile and CSV in; GeoJSON,
 * GeoPackage and CSV out.
 *
 * <h2>Entry points</h2>
 * {@link org.ecocorridor.store.io.VectorReaders#open} gives a {@link
 * org.ecocorridor.store.io.VectorSource} (schema, cursor, report) configured by {@link
 * org.ecocorridor.store.io.ReadOptions}; {@link org.ecocorridor.store.io.VectorWriters#write} streams
 * a {@link org.ecocorridor.core.feature.FeatureCursor} to a stream or file. Problems with the content
 * are {@link org.ecocorridor.store.io.ImportException}s naming file, row and column.
 *
 * <h2>Pipeline</h2>
 * A format reader ({@code GeoJsonFeatureReader}, {@code CsvFeatureReader},
 * {@code ShapefileFeatureReader}, {@code GeoPackageFeatureReader}) yields raw features in the file's
 * CRS and vocabulary; {@code SchemaInference} runs a first pass for formats without a schema;
 * {@code FeatureNormalizer} converts values, applies the {@link
 * org.ecocorridor.store.io.GeometryPolicy}, reprojects to EPSG:4326 (x = longitude) and fits
 * geometries to the layer kind; {@code NormalizingCursor} streams the result. Nothing holds more than
 * one feature. The byte-level codecs live in the sub-packages {@code geojson}, {@code csv} and
 * {@code shapefile}, which know nothing of this pipeline.
 */
package org.ecocorridor.store.io;
