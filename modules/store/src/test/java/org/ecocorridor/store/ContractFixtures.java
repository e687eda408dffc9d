package org.ecocorridor.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ecocorridor.core.feature.AttributeDescriptor;
import org.ecocorridor.core.feature.AttributeType;
import org.ecocorridor.core.feature.Feature;
import org.ecocorridor.core.feature.FeatureCursor;
import org.ecocorridor.core.feature.FeatureSchema;
import org.ecocorridor.core.feature.GeometryKind;
import org.ecocorridor.store.feature.FeatureQuery;
import org.ecocorridor.store.ingest.ImportResult;
import org.ecocorridor.store.ingest.LayerImport;

/** Data and look-ups shared by the contract tests. */
final class ContractFixtures {
    private ContractFixtures() {
    }

    static ImportResult importNumbered(SpatialStore store, String name, long count, long failAt) {
        return importNumbered(store, name, count, failAt, null);
    }

    static ImportResult importNumbered(SpatialStore store, String name, long count, long failAt, RuntimeException failure) {
        FeatureSchema schema = new FeatureSchema(GeometryKind.POINT, 4326,
                List.of(new AttributeDescriptor("n", AttributeType.INTEGER, false)));
        return store.importer().importLayer(LayerImport.of(name, name), TestFeatures.generated(schema, count,
                i -> TestFeatures.feature(TestFeatures.point(130 + i * 1e-4, 43), Map.of("n", i)), failAt, failure));
    }

    static List<Feature> readAll(SpatialStore store, String layer, FeatureQuery query) {
        List<Feature> result = new ArrayList<>();
        try (FeatureCursor c = store.features().open(layer, query)) {
            c.forEachRemaining(result::add);
        }
        return result;
    }

    static List<String> tableNames(SpatialStore store) {
        return store.inTransaction("tables", c -> {
            List<String> names = new ArrayList<>();
            try (ResultSet rs = c.getMetaData().getTables(c.getCatalog(), c.getSchema(), "%", new String[] {"TABLE"})) {
                while (rs.next()) {
                    names.add(rs.getString("TABLE_NAME"));
                }
            }
            return names;
        });
    }

    static void insertSitesAndCounts(SpatialStore store) {
        store.inTransaction("insert", c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO species (code, common_name,"
                    + " scientific_name, species_group) VALUES ('hooded_crane', 'Hooded crane', 'Grus monacha', 'waterbird')")) {
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO flyway_sites (site_code, name, geom)"
                    + " VALUES (?, ?, ST_GeomFromText(?, 4326))")) {
                for (String[] s : new String[][] {{"MURAVIOVKA", "Muraviovka", "POINT(127.72 49.84)"},
                        {"IZUMI", "Izumi", "POINT(130.36 32.08)"}, {"KHANKA", "Khanka", "POINT(132.4 45.0)"}}) {
                    ps.setString(1, s[0]);
                    ps.setString(2, s[1]);
                    ps.setString(3, s[2]);
                    ps.executeUpdate();
                }
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO survey_counts (site_id, species_code,"
                    + " survey_date, count) SELECT id, 'hooded_crane', ?, ? FROM flyway_sites WHERE site_code = ?")) {
                Object[][] rows = {{LocalDate.of(2019, 12, 1), 9000, "IZUMI"}, {LocalDate.of(2024, 1, 15), 15000, "IZUMI"},
                        {LocalDate.of(2021, 5, 1), 120, "MURAVIOVKA"}, {LocalDate.of(2022, 4, 10), 30, "KHANKA"}};
                for (Object[] r : rows) {
                    ps.setObject(1, r[0]);
                    ps.setInt(2, (Integer) r[1]);
                    ps.setString(3, (String) r[2]);
                    ps.executeUpdate();
                }
            }
            return null;
        });
    }
}
