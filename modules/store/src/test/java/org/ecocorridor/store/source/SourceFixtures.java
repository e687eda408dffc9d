package org.ecocorridor.store.source;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ecocorridor.core.feature.AttributeDescriptor;
import org.ecocorridor.core.feature.AttributeType;
import org.ecocorridor.core.feature.Feature;
import org.ecocorridor.core.feature.FeatureCursor;
import org.ecocorridor.core.feature.FeatureCursors;
import org.ecocorridor.core.feature.FeatureSchema;
import org.ecocorridor.core.feature.GeometryKind;
import org.ecocorridor.store.SpatialStore;
import org.ecocorridor.store.ingest.LayerImport;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

/**
 * Two small layers with hand-chosen values, so that every expected result below can be read off
 * this table.
 *
 * <pre>
 * sites (points, EPSG:4326 lon/lat)
 *  name                  lon     lat    count  ratio  ramsar  survey_date  seen_at
 *  Izumi                 130.36  32.08  15000  0.5    true    2024-01-15   2024-01-15T08:00Z
 *  Muraviovka            127.72  49.84    120  null   false   2021-05-01   null
 *  Khanka                132.40  45.00     30  2.25   true    2022-04-10   2022-04-10T23:30Z
 *  O'Brien's; --marsh    126.50  37.50      0  1.0    null    2019-12-01   2019-12-01T00:00Z
 *  50%_Lake              121.00  31.00      7  0.1    false   2020-06-30   null
 *
 * lines: A = LINESTRING(0 0, 10 0), B = LINESTRING(20 0, 30 0)
 * </pre>
 */
final class SourceFixtures {
    static final String SITES = "sites";
    static final String LINES = "lines";
    static final GeometryFactory GEOMETRIES = new GeometryFactory();

    private SourceFixtures() {
    }

    static void load(SpatialStore store) {
        FeatureSchema sites = new FeatureSchema(GeometryKind.POINT, 4326, List.of(
                new AttributeDescriptor("name", AttributeType.STRING, false),
                new AttributeDescriptor("count", AttributeType.INTEGER, false),
                new AttributeDescriptor("ratio", AttributeType.DOUBLE, true),
                new AttributeDescriptor("ramsar", AttributeType.BOOLEAN, true),
                new AttributeDescriptor("survey_date", AttributeType.DATE, false),
                new AttributeDescriptor("seen_at", AttributeType.TIMESTAMP, true)));
        List<Feature> rows = List.of(
                site("Izumi", 130.36, 32.08, 15000, 0.5, true, "2024-01-15", "2024-01-15T08:00:00Z"),
                site("Muraviovka", 127.72, 49.84, 120, null, false, "2021-05-01", null),
                site("Khanka", 132.4, 45.0, 30, 2.25, true, "2022-04-10", "2022-04-10T23:30:00Z"),
                site("O'Brien's; --marsh", 126.5, 37.5, 0, 1.0, null, "2019-12-01", "2019-12-01T00:00:00Z"),
                site("50%_Lake", 121.0, 31.0, 7, 0.1, false, "2020-06-30", null));
        store.importer().importLayer(LayerImport.of(SITES, "Sites"), cursor(sites, rows));
        FeatureSchema lines = new FeatureSchema(GeometryKind.LINESTRING, 4326,
                List.of(new AttributeDescriptor("name", AttributeType.STRING, false)));
        store.importer().importLayer(LayerImport.of(LINES, "Lines"), cursor(lines, List.of(
                new Feature(null, wkt("LINESTRING(0 0, 10 0)"), Map.of("name", "A")),
                new Feature(null, wkt("LINESTRING(20 0, 30 0)"), Map.of("name", "B")))));
    }

    static Geometry wkt(String wkt) {
        try {
            Geometry g = new WKTReader(GEOMETRIES).read(wkt);
            g.setSRID(4326);
            return g;
        } catch (ParseException e) {
            throw new IllegalArgumentException(wkt, e);
        }
    }

    private static Feature site(String name, double lon, double lat, long count, Double ratio, Boolean ramsar,
            String date, String seen) {
        Map<String, Object> v = new HashMap<>();
        v.put("name", name);
        v.put("count", count);
        v.put("ratio", ratio);
        v.put("ramsar", ramsar);
        v.put("survey_date", LocalDate.parse(date));
        v.put("seen_at", seen == null ? null : Instant.parse(seen));
        return new Feature(null, wkt("POINT(" + lon + " " + lat + ")"), v);
    }

    static FeatureCursor cursor(FeatureSchema schema, List<Feature> features) {
        return FeatureCursors.of(schema, features);
    }
}
