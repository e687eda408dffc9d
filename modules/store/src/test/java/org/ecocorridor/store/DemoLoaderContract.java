package org.ecocorridor.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.ecocorridor.core.catalog.LayerKind;
import org.ecocorridor.core.catalog.TimeExtent;
import org.ecocorridor.core.grid.FloatGrid;
import org.ecocorridor.store.catalog.CatalogEntry;
import org.ecocorridor.store.demo.DemoDataLoader;
import org.ecocorridor.store.demo.DemoLoadResult;
import org.ecocorridor.store.demo.DemoLoadResult.Outcome;
import org.locationtech.jts.geom.Envelope;

/**
 * Demo-loader checks against the fixture in {@code src/test/resources/demo-fixture} (same format as
 * {@code data/}), run by {@link StoreContractTest} on both stores.
 */
final class DemoLoaderContract {
    /** Rows in the fixture's files, counted by hand: 2 + 3 + 3 + 2 + 1 + 1 + 3 + 4 + 5 + 2. */
    static final long FIXTURE_ROWS = 26;
    private static final List<String> TABLES = List.of("species", "landcover_classes", "resistance_values",
            "countries", "protected_areas", "habitat_patches", "flyway_sites", "flyway_site_roles", "survey_counts",
            "infrastructure", "rasters", "layers", "store_metadata");

    private final SpatialStore store;

    DemoLoaderContract(SpatialStore store) {
        this.store = store;
    }

    static Path fixture() {
        try {
            return Path.of(DemoLoaderContract.class.getResource("/demo-fixture/manifest.json").toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    void loadsOnceAndIsIdempotent() throws IOException {
        DemoLoadResult first = new DemoDataLoader(store).loadIfEmpty(fixture());

        assertThat(first).isEqualTo(new DemoLoadResult(Outcome.LOADED, "ecocorridor-demo-fixture@1", FIXTURE_ROWS, 1, 9));
        assertThat(rowCounts()).containsExactly(2L, 3L, 3L, 2L, 1L, 1L, 3L, 4L, 5L, 2L, 1L, 9L, 1L);
        assertThat(text("SELECT source FROM species WHERE code = 'amur_leopard'"))
                .isEqualTo("Fixture, after \"Vitkalova et al. 2018\", illustrative");
        assertThat(text("SELECT COALESCE(CAST(resistance AS VARCHAR), 'barrier') FROM resistance_values"
                + " WHERE landcover_code = 1")).isEqualTo("barrier");
        assertThat(text("SELECT s.site_code FROM flyway_site_roles r JOIN flyway_sites s ON s.id = r.site_id"
                + " WHERE r.role = 'wintering'")).isEqualTo("IZUMI");
        // Ellipsoidal area of the quadrangle 130-131 E, 43-44 N (Snyder 1987, eq. 3-12, authalic q):
        // A = a²·Δλ·(q(44°) − q(43°))/2, which an equal-area projection must reproduce.
        assertThat(Double.parseDouble(text("SELECT area_km2 FROM protected_areas")))
                .isCloseTo(quadrangleAreaKm2(130, 131, 43, 44), within(quadrangleAreaKm2(130, 131, 43, 44) * 1e-6));

        CatalogEntry counts = store.catalog().get("survey_counts").orElseThrow();
        assertThat(counts.storage().sourceTable()).isEqualTo("survey_counts_v");
        assertThat(counts.storage().timeColumn()).isEqualTo("survey_date");
        assertThat(counts.info().timeExtent()).isEqualTo(new TimeExtent(LocalDate.of(2020, 1, 15), LocalDate.of(2024, 1, 15)));
        assertThat(counts.info().editable()).isTrue();
        assertThat(store.catalog().get("wind_farms").orElseThrow().info().featureCount()).isEqualTo(1);
        assertThat(store.catalog().get("countries").orElseThrow().info().bbox()).isEqualTo(new Envelope(120, 134, 40, 50));

        CatalogEntry landcover = store.catalog().get("landcover_fixture").orElseThrow();
        assertThat(landcover.info().kind()).isEqualTo(LayerKind.RASTER);
        // Bounds of the UTM 52N grid 600-620 km E, 4784-4800 km N, from GDAL/PROJ 3.6 (1,000 points per edge).
        Envelope b = landcover.info().bbox();
        assertThat(new double[] {b.getMinX(), b.getMaxX(), b.getMinY(), b.getMaxY()})
                .containsExactly(new double[] {130.230905165, 130.480500408, 43.199245779, 43.346200009}, within(1e-6));
        FloatGrid grid = store.rasters().load("landcover_fixture");
        assertThat(grid.get(0, 4)).isNaN(); // nodata 0 in the GeoTIFF
        assertThat(grid.get(5, 7)).isEqualTo(1 + (5 + 7) % 3); // the fixture's class formula

        DemoLoadResult second = new DemoDataLoader(store).loadIfEmpty(fixture());
        assertThat(second.outcome()).isEqualTo(Outcome.ALREADY_LOADED);
        assertThat(rowCounts()).containsExactly(2L, 3L, 3L, 2L, 1L, 1L, 3L, 4L, 5L, 2L, 1L, 9L, 1L);
    }

    void rollsBackOnABadValue(Path scratch) throws IOException {
        Path copy = copyFixture(scratch);
        Path counts = copy.resolve("tables/survey_counts.csv");
        Files.writeString(counts, Files.readString(counts).replace(",14000,", ",many,"));

        assertThatThrownBy(() -> new DemoDataLoader(store).loadIfEmpty(copy))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("survey_counts.csv line 3").hasMessageContaining("many");

        assertThat(rowCounts()).containsOnly(0L);
        assertThat(new DemoDataLoader(store).loadIfEmpty(fixture()).outcome()).isEqualTo(Outcome.LOADED);
    }

    void skipsAStoreWithData() throws IOException {
        store.inTransaction("insert", c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO species (code, common_name, scientific_name,"
                    + " species_group) VALUES ('snow_leopard', 'Snow leopard', 'Panthera uncia', 'big_cat')")) {
                return ps.executeUpdate();
            }
        });

        assertThat(new DemoDataLoader(store).loadIfEmpty(fixture()).outcome()).isEqualTo(Outcome.STORE_NOT_EMPTY);
        assertThat(rowCounts()).containsExactly(1L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L);
    }

    /**
     * Area on the WGS 84 ellipsoid between two meridians and two parallels, in km²:
     * A = a²·Δλ·(q₂ − q₁)/2, q(φ) = (1 − e²)·[sinφ/(1 − e²sin²φ) − ln((1 − e·sinφ)/(1 + e·sinφ))/(2e)].
     */
    static double quadrangleAreaKm2(double lon1, double lon2, double lat1, double lat2) {
        double a = 6_378_137;
        double f = 1 / 298.257223563;
        double e2 = f * (2 - f);
        double e = Math.sqrt(e2);
        java.util.function.DoubleUnaryOperator q = phi -> {
            double s = Math.sin(Math.toRadians(phi));
            return (1 - e2) * (s / (1 - e2 * s * s) - Math.log((1 - e * s) / (1 + e * s)) / (2 * e));
        };
        return a * a * Math.toRadians(lon2 - lon1) * (q.applyAsDouble(lat2) - q.applyAsDouble(lat1)) / 2 / 1e6;
    }

    private List<Long> rowCounts() {
        return store.inTransaction("count", c -> {
            List<Long> counts = new ArrayList<>();
            for (String t : TABLES) {
                try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM " + t);
                        ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    counts.add(rs.getLong(1));
                }
            }
            return counts;
        });
    }

    private String text(String sql) {
        return store.inTransaction("query", c -> {
            try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        });
    }

    private static Path copyFixture(Path target) throws IOException {
        Path source = fixture();
        try (Stream<Path> files = Files.walk(source)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                Path dest = target.resolve(source.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(dest);
                } else {
                    Files.copy(p, dest);
                }
            }
        }
        return target;
    }
}
