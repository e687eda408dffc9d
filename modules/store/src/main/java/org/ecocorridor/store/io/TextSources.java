package org.ecocorridor.store.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.OptionalInt;
import org.ecocorridor.core.feature.FeatureSchema;
import org.ecocorridor.core.feature.GeometryKind;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * Opens GeoJSON and CSV files, the formats without a declared schema: a first pass infers it
 * ({@link SchemaInference}), then the cursor reads the file again. Memory stays bounded by one
 * feature plus one type per column. Thread-safe: stateless.
 */
final class TextSources {
    private TextSources() {
    }

    static VectorSource geoJson(Path path, String file, ReadOptions options) throws IOException, ImportException {
        GeometryFactory factory = new GeometryFactory();
        ReportBuilder report = new ReportBuilder(file, VectorFormat.GEOJSON);
        SchemaInference inference = new SchemaInference(file, options, false, false);
        OptionalInt declared;
        try (GeoJsonFeatureReader reader = new GeoJsonFeatureReader(path, file, factory)) {
            inference.run(reader, report);
            declared = reader.declaredEpsg();
        }
        return source(VectorFormat.GEOJSON, inference, null, declared, false, options, report,
                () -> new GeoJsonFeatureReader(path, file, factory));
    }

    static VectorSource csv(Path path, String file, ReadOptions options) throws IOException, ImportException {
        GeometryFactory factory = new GeometryFactory();
        ReportBuilder report = new ReportBuilder(file, VectorFormat.CSV);
        SchemaInference inference;
        CsvLayout layout;
        boolean decimalComma;
        try (CsvFeatureReader reader = new CsvFeatureReader(path, file, options, factory)) {
            layout = reader.layout();
            decimalComma = reader.decimalComma();
            inference = new SchemaInference(file, options, true, decimalComma);
            if (options.targetSchema() == null) {
                inference.declare(layout.attributeColumns());
            }
            inference.run(reader, report);
        }
        GeometryKind kind = layout.hasPointColumns() ? GeometryKind.POINT : null;
        return source(VectorFormat.CSV, inference, kind, OptionalInt.empty(), decimalComma, options, report,
                () -> new CsvFeatureReader(path, file, options, factory));
    }

    private static VectorSource source(VectorFormat format, SchemaInference inference, GeometryKind kind,
                                       OptionalInt declared, boolean decimalComma, ReadOptions options,
                                       ReportBuilder report, RawFeatureReader.Opener opener) throws ImportException {
        FeatureSchema schema = inference.schema(kind);
        inference.describe(schema, report);
        int epsg = SourceCrs.settle(declared, options.sourceEpsg(), report);
        var toLonLat = SourceCrs.toLonLat(epsg, report.file());
        FeatureNormalizer normalizer = new FeatureNormalizer(report.file(), schema, inference.binder(schema),
                inference.gate(), toLonLat, decimalComma, report);
        return new FileVectorSource(format, report, opener, normalizer, null);
    }
}
