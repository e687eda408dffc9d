package org.ecocorridor.store.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ecocorridor.core.filter.ComparisonOperator.EQUAL_TO;
import static org.ecocorridor.core.filter.ComparisonOperator.GREATER_THAN;
import static org.ecocorridor.core.filter.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO;
import static org.ecocorridor.core.filter.ComparisonOperator.LESS_THAN;
import static org.ecocorridor.core.filter.ComparisonOperator.LESS_THAN_OR_EQUAL_TO;
import static org.ecocorridor.core.filter.ComparisonOperator.NOT_EQUAL_TO;
import static org.ecocorridor.store.source.SourceFixtures.LINES;
import static org.ecocorridor.store.source.SourceFixtures.SITES;
import static org.ecocorridor.store.source.SourceFixtures.wkt;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.ecocorridor.core.feature.Feature;
import org.ecocorridor.core.feature.FeatureCursor;
import org.ecocorridor.core.filter.And;
import org.ecocorridor.core.filter.Between;
import org.ecocorridor.core.filter.Comparison;
import org.ecocorridor.core.filter.DistancePredicate;
import org.ecocorridor.core.filter.Filter;
import org.ecocorridor.core.filter.InvalidFilterException;
import org.ecocorridor.core.filter.InvalidFilterException.Reason;
import org.ecocorridor.core.filter.IsNull;
import org.ecocorridor.core.filter.Like;
import org.ecocorridor.core.filter.Not;
import org.ecocorridor.core.filter.Or;
import org.ecocorridor.core.filter.ResourceIds;
import org.ecocorridor.core.filter.SpatialOperator;
import org.ecocorridor.core.filter.SpatialPredicate;
import org.ecocorridor.core.filter.TemporalOperator;
import org.ecocorridor.core.filter.TemporalPredicate;
import org.ecocorridor.core.filter.TimeLiteral;
import org.ecocorridor.core.catalog.LayerInfo;
import org.ecocorridor.core.source.FeatureReader;
import org.ecocorridor.core.source.SortKey;
import org.ecocorridor.core.source.SourceQuery;
import org.ecocorridor.store.SpatialStore;
import org.ecocorridor.store.catalog.CatalogEntry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.locationtech.jts.geom.Geometry;

/**
 * Every filter operator, sorting, paging, property selection and injection attempts, on both stores
 * (subclasses). Expected names are read off the table in {@link SourceFixtures} by hand. The tests
 * only read, so one loaded store serves the whole class.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class FeatureSourceContractTest {
    protected SpatialStore store;
    private DatabaseFeatureSource source;

    protected abstract SpatialStore openStore() throws Exception;

    protected void cleanUp() throws Exception {
    }

    @BeforeAll
    void load() throws Exception {
        store = openStore();
        SourceFixtures.load(store);
        source = new DatabaseFeatureSource(store.dataSource(), store.dialect(), store.catalog());
    }

    @AfterAll
    void close() throws Exception {
        store.close();
        cleanUp();
    }

    private List<String> names(String type, Filter filter) {
        return names(SourceQuery.all(type).withFilter(filter));
    }

    private List<String> names(SourceQuery query) {
        List<String> names = new ArrayList<>();
        try (FeatureCursor c = source.open(query)) {
            c.forEachRemaining(f -> names.add((String) f.get("name")));
        }
        return names;
    }

    private List<String> sites(Filter filter) {
        return names(SITES, filter);
    }

    @Test
    void describesTheFeatureTypeFromTheTable() {
        var type = source.featureType(SITES).orElseThrow();
        assertThat(type.geometryName()).isEqualTo("geom");
        assertThat(type.schema().attributes()).extracting(a -> a.name())
                .containsExactly("name", "count", "ratio", "ramsar", "survey_date", "seen_at");
        assertThat(source.featureType("nope")).isEmpty();
        assertThat(source.layers()).extracting(l -> l.name()).contains(SITES, LINES);
    }

    @Test
    void binaryComparisons() {
        assertThat(sites(Comparison.of(EQUAL_TO, "name", "Khanka"))).containsExactly("Khanka");
        assertThat(sites(Comparison.of(NOT_EQUAL_TO, "count", "30")))
                .containsExactlyInAnyOrder("Izumi", "Muraviovka", "O'Brien's; --marsh", "50%_Lake");
        assertThat(sites(Comparison.of(LESS_THAN, "count", "120")))
                .containsExactlyInAnyOrder("Khanka", "O'Brien's; --marsh", "50%_Lake");
        assertThat(sites(Comparison.of(LESS_THAN_OR_EQUAL_TO, "count", "120")))
                .containsExactlyInAnyOrder("Muraviovka", "Khanka", "O'Brien's; --marsh", "50%_Lake");
        assertThat(sites(Comparison.of(GREATER_THAN, "count", "120"))).containsExactly("Izumi");
        assertThat(sites(Comparison.of(GREATER_THAN_OR_EQUAL_TO, "ratio", "1")))
                .containsExactlyInAnyOrder("Khanka", "O'Brien's; --marsh");
        assertThat(sites(Comparison.of(LESS_THAN, "count", "7.5"))).containsExactlyInAnyOrder("O'Brien's; --marsh",
                "50%_Lake"); // 0 and 7 < 7.5: a decimal literal on an integer column keeps its value
        assertThat(sites(Comparison.of(EQUAL_TO, "ramsar", "true"))).containsExactlyInAnyOrder("Izumi", "Khanka");
    }

    @Test
    void caseInsensitiveEqualityOnlyWhenMatchCaseIsFalse() {
        assertThat(sites(new Comparison(EQUAL_TO, "name", "KHANKA", false))).containsExactly("Khanka");
        assertThat(sites(new Comparison(EQUAL_TO, "name", "KHANKA", true))).isEmpty();
    }

    @Test
    void betweenIncludesBothBounds() {
        assertThat(sites(new Between("count", "7", "120"))).containsExactlyInAnyOrder("Muraviovka", "Khanka", "50%_Lake");
    }

    @Test
    void likeWithClientWildcardsAndEscape() {
        assertThat(sites(new Like("name", "K*", '*', '.', '!', true))).containsExactly("Khanka");
        assertThat(sites(new Like("name", "k*", '*', '.', '!', false))).containsExactly("Khanka");
        assertThat(sites(new Like("name", "k*", '*', '.', '!', true))).isEmpty();
        assertThat(sites(new Like("name", "Izum.", '*', '.', '!', true))).containsExactly("Izumi");
        // '%' and '_' are ordinary characters when they are not the client's wild cards
        assertThat(sites(new Like("name", "50%_*", '*', '.', '!', true))).containsExactly("50%_Lake");
        assertThat(sites(new Like("name", "5*", '*', '.', '!', true))).containsExactly("50%_Lake");
        assertThat(sites(new Like("name", "*!*", '*', '.', '!', true))).isEmpty(); // escaped '*': no name has one
        // non-text columns match on their text form: 15000 and 120
        assertThat(sites(new Like("count", "1*", '*', '.', '!', true))).containsExactlyInAnyOrder("Izumi", "Muraviovka");
    }

    @Test
    void nullAndNilAndLogicalOperators() {
        assertThat(sites(new IsNull("ratio", false))).containsExactly("Muraviovka");
        assertThat(sites(new IsNull("ramsar", true))).containsExactly("O'Brien's; --marsh");
        assertThat(sites(new Not(new IsNull("ratio", false))))
                .containsExactlyInAnyOrder("Izumi", "Khanka", "O'Brien's; --marsh", "50%_Lake");
        assertThat(sites(new And(List.of(Comparison.of(GREATER_THAN, "count", "10"), Comparison.of(LESS_THAN, "count", "200")))))
                .containsExactlyInAnyOrder("Muraviovka", "Khanka");
        assertThat(sites(new Or(List.of(Comparison.of(EQUAL_TO, "name", "Izumi"), Comparison.of(EQUAL_TO, "count", "7")))))
                .containsExactlyInAnyOrder("Izumi", "50%_Lake");
        assertThat(sites(Filter.EXCLUDE)).isEmpty();
        assertThat(sites(Filter.INCLUDE)).hasSize(5);
    }

    @Test
    void spatialPredicatesOnPoints() {
        Geometry box = wkt("POLYGON((125 30, 133 30, 133 46, 125 46, 125 30))");
        List<String> inBox = List.of("Izumi", "Khanka", "O'Brien's; --marsh");
        assertThat(sites(new SpatialPredicate(SpatialOperator.BBOX, null, box))).containsExactlyInAnyOrderElementsOf(inBox);
        assertThat(sites(new SpatialPredicate(SpatialOperator.INTERSECTS, "geom", box))).containsExactlyInAnyOrderElementsOf(inBox);
        assertThat(sites(new SpatialPredicate(SpatialOperator.WITHIN, null, box))).containsExactlyInAnyOrderElementsOf(inBox);
        assertThat(sites(new SpatialPredicate(SpatialOperator.DISJOINT, null, box)))
                .containsExactlyInAnyOrder("Muraviovka", "50%_Lake");
        Geometry khanka = wkt("POINT(132.4 45)");
        assertThat(sites(new SpatialPredicate(SpatialOperator.EQUALS, null, khanka))).containsExactly("Khanka");
        assertThat(sites(new SpatialPredicate(SpatialOperator.CONTAINS, null, khanka))).containsExactly("Khanka");
        // Khanka lies on the west edge of this box: boundary contact only
        Geometry edge = wkt("POLYGON((132.4 44, 133 44, 133 46, 132.4 46, 132.4 44))");
        assertThat(sites(new SpatialPredicate(SpatialOperator.TOUCHES, null, edge))).containsExactly("Khanka");
    }

    @Test
    void crossesAndOverlapsOnLines() {
        // a vertical segment through x = 5 crosses A only; a collinear segment 8..12 overlaps A only
        assertThat(names(LINES, new SpatialPredicate(SpatialOperator.CROSSES, null, wkt("LINESTRING(5 -1, 5 1)"))))
                .containsExactly("A");
        assertThat(names(LINES, new SpatialPredicate(SpatialOperator.OVERLAPS, null, wkt("LINESTRING(8 0, 12 0)"))))
                .containsExactly("A");
        assertThat(names(LINES, new SpatialPredicate(SpatialOperator.OVERLAPS, null, wkt("LINESTRING(0 0, 10 0)"))))
                .isEmpty(); // equal lines do not overlap (DE-9IM: no exterior part)
    }

    @Test
    void spatialLiteralInAnotherCrsIsTransformed() {
        // EPSG:3857 box x 14.6e6..14.9e6, y 5.5e6..5.7e6 = lon 131.15..133.85, lat 44.24..45.52
        // (lon = x / 111319.49; lat = atan(sinh(y / 6378137))): holds Khanka (132.4, 45.0) only.
        Geometry box = wkt("POLYGON((14600000 5500000, 14900000 5500000, 14900000 5700000, 14600000 5700000, 14600000 5500000))");
        box.setSRID(3857);
        assertThat(sites(new SpatialPredicate(SpatialOperator.BBOX, null, box))).containsExactly("Khanka");
    }

    @Test
    void unknownCrsIsAnUnsupportedCrsError() {
        Geometry g = wkt("POINT(1 1)");
        g.setSRID(999_999);
        assertThatThrownBy(() -> sites(new SpatialPredicate(SpatialOperator.INTERSECTS, null, g)))
                .isInstanceOfSatisfying(InvalidFilterException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.UNSUPPORTED_CRS));
    }

    @Test
    void dwithinAndBeyondUseGroundDistanceInMetres() {
        // 0.9 degree north of Khanka: meridian arc at 45 N is 111,131.8 m per degree
        // (111132.954 - 559.822 cos 2phi + 1.175 cos 4phi, phi = 45 deg), so 100,018.6 m away.
        Geometry north = wkt("POINT(132.4 45.9)");
        assertThat(sites(new DistancePredicate(false, null, north, 100_100))).containsExactly("Khanka");
        assertThat(sites(new DistancePredicate(false, null, north, 99_900))).isEmpty();
        assertThat(sites(new DistancePredicate(true, null, north, 99_900))).hasSize(5);
        assertThat(sites(new DistancePredicate(true, null, north, 100_100)))
                .containsExactlyInAnyOrder("Izumi", "Muraviovka", "O'Brien's; --marsh", "50%_Lake");
    }

    @Test
    void temporalOperatorsOnADateColumn() {
        TimeLiteral jan2022 = TimeLiteral.instant(Instant.parse("2022-01-01T00:00:00Z"));
        assertThat(sites(new TemporalPredicate(TemporalOperator.AFTER, "survey_date", jan2022)))
                .containsExactlyInAnyOrder("Izumi", "Khanka");
        assertThat(sites(new TemporalPredicate(TemporalOperator.BEFORE, "survey_date",
                TimeLiteral.instant(Instant.parse("2020-01-01T00:00:00Z"))))).containsExactly("O'Brien's; --marsh");
        assertThat(sites(new TemporalPredicate(TemporalOperator.DURING, "survey_date", new TimeLiteral(
                Instant.parse("2020-01-01T00:00:00Z"), Instant.parse("2022-12-31T00:00:00Z")))))
                .containsExactlyInAnyOrder("Muraviovka", "Khanka", "50%_Lake");
        assertThat(sites(new TemporalPredicate(TemporalOperator.TEQUALS, "survey_date",
                TimeLiteral.instant(Instant.parse("2021-05-01T00:00:00Z"))))).containsExactly("Muraviovka");
    }

    @Test
    void temporalOperatorsOnATimestampColumn() {
        assertThat(sites(new TemporalPredicate(TemporalOperator.AFTER, "seen_at",
                TimeLiteral.instant(Instant.parse("2022-04-10T23:00:00Z"))))).containsExactlyInAnyOrder("Khanka", "Izumi");
        assertThat(sites(new TemporalPredicate(TemporalOperator.TEQUALS, "seen_at",
                TimeLiteral.instant(Instant.parse("2024-01-15T08:00:00Z"))))).containsExactly("Izumi");
    }

    @Test
    void resourceIdsSelectByPrimaryKey() {
        List<String> ids = new ArrayList<>();
        try (FeatureCursor c = source.open(SourceQuery.all(SITES))) {
            c.forEachRemaining(f -> ids.add(f.id()));
        }
        assertThat(sites(new ResourceIds(new LinkedHashSet<>(List.of(ids.get(0), ids.get(2))))))
                .containsExactlyInAnyOrder("Izumi", "Khanka");
        assertThat(sites(new ResourceIds(Set.of("abc", "1 OR 1=1")))).isEmpty();
    }

    @Test
    void sortsWithNullsLastAndPagesStably() {
        SourceQuery byRatio = SourceQuery.all(SITES).sorted(List.of(new SortKey("ratio", true)));
        assertThat(names(byRatio)).containsExactly("50%_Lake", "Izumi", "O'Brien's; --marsh", "Khanka", "Muraviovka");
        SourceQuery byCountDesc = SourceQuery.all(SITES).sorted(List.of(new SortKey("count", false)));
        assertThat(names(byCountDesc.page(1, 2))).containsExactly("Muraviovka", "Khanka");
        // id order (insertion order here) without sort keys
        assertThat(names(SourceQuery.all(SITES).page(2, 2))).containsExactly("Khanka", "O'Brien's; --marsh");
        assertThat(names(SourceQuery.all(SITES).page(4, 10))).containsExactly("50%_Lake");
    }

    @Test
    void selectsOnlyTheRequestedProperties() {
        try (FeatureCursor c = source.open(SourceQuery.all(SITES).selecting(List.of("count", "name")))) {
            Feature f = c.next();
            assertThat(f.attributes().keySet()).containsExactly("name", "count");
            assertThat(f.geometry()).isNotNull();
            assertThat(c.schema().attributes()).hasSize(2);
        }
    }

    @Test
    void countsMatchingFeatures() {
        assertThat(source.count(SITES, Filter.INCLUDE)).isEqualTo(5);
        assertThat(source.count(SITES, Comparison.of(LESS_THAN, "count", "100"))).isEqualTo(3);
    }

    @Test
    void aReaderCountsAndStreamsOnOneConnectionAndReturnsItWhenClosed() {
        HikariPoolMXBean pool = ((HikariDataSource) store.dataSource()).getHikariPoolMXBean();
        // counts in SourceFixtures: Izumi 15000 > Muraviovka 120 > Khanka 30 > 7 and 0
        SourceQuery byCountDescending = SourceQuery.all(SITES).sorted(List.of(new SortKey("count", false)));
        try (FeatureReader reader = source.reader()) {
            assertThat(reader.featureType(SITES)).isPresent();
            assertThat(reader.featureType("nope")).isEmpty();
            assertThat(reader.count(SITES, Comparison.of(LESS_THAN, "count", "100"))).isEqualTo(3);
            // a one-fetch page (auto-commit) and an unlimited read (read transaction on PostgreSQL), open together
            try (FeatureCursor page = reader.open(byCountDescending.page(0, 2));
                    FeatureCursor all = reader.open(byCountDescending)) {
                assertThat(page.next().get("name")).isEqualTo("Izumi");
                assertThat(all.next().get("name")).isEqualTo("Izumi");
                assertThat(page.next().get("name")).isEqualTo("Muraviovka");
                assertThat(page.hasNext()).isFalse();
                List<String> rest = new ArrayList<>();
                all.forEachRemaining(f -> rest.add((String) f.get("name")));
                assertThat(rest).hasSize(4).startsWith("Muraviovka", "Khanka");
            }
            assertThat(pool.getActiveConnections()).isEqualTo(1);
            assertThatThrownBy(() -> reader.open(SourceQuery.all("nope"))).isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(pool.getActiveConnections()).isZero();
        assertThat(source.count(SITES, Filter.INCLUDE)).isEqualTo(5); // the pooled connection is usable again
    }

    @Test
    void aReaderResolvesATypeOnceAndTheNextReaderSeesCatalogChanges() {
        CatalogEntry before = store.catalog().get(SITES).orElseThrow();
        LayerInfo i = before.info();
        LayerInfo sensitive = new LayerInfo(i.name(), i.title(), i.abstractText(), i.keywords(), i.kind(),
                i.defaultStyle(), i.bbox(), i.timeExtent(), i.featureCount(), true, i.editable(), i.updatedAt(),
                i.owner(), i.ownerOnly());
        try (FeatureReader request = source.reader()) {
            assertThat(request.featureType(SITES).orElseThrow().info().sensitive()).isFalse();
            store.catalog().upsert(new CatalogEntry(sensitive, before.storage(), before.owner(), before.runId(),
                    before.createdAt()));
            try {
                // the request keeps the row it resolved: one catalog read per request and type
                assertThat(request.featureType(SITES).orElseThrow().info().sensitive()).isFalse();
                // the next request reads the row again: nothing is kept across readers
                try (FeatureReader next = source.reader()) {
                    assertThat(next.featureType(SITES).orElseThrow().info().sensitive()).isTrue();
                }
            } finally {
                store.catalog().upsert(before);
            }
        }
        assertThat(source.featureType(SITES).orElseThrow().info().sensitive()).isFalse();
    }

    @Test
    void literalsCannotInjectSql() {
        assertThat(sites(Comparison.of(EQUAL_TO, "name", "x' OR '1'='1"))).isEmpty();
        assertThat(sites(Comparison.of(EQUAL_TO, "name", "x'; DROP TABLE layers; --"))).isEmpty();
        assertThat(sites(Comparison.of(EQUAL_TO, "name", "/* */ OR 1=1 --"))).isEmpty();
        // the literal with quote, ';' and '--' matches exactly the row holding that text
        assertThat(sites(Comparison.of(EQUAL_TO, "name", "O'Brien's; --marsh"))).containsExactly("O'Brien's; --marsh");
        assertThat(sites(new Like("name", "*'s; --*", '*', '.', '!', true))).containsExactly("O'Brien's; --marsh");
        assertThat(source.featureType("layers")).isEmpty(); // catalog table is not a published type
        assertThat(source.count(SITES, Filter.INCLUDE)).isEqualTo(5);
    }

    @Test
    void propertyNamesCannotInjectSql() {
        for (String bad : List.of("name\" = name OR \"1", "name; DROP TABLE layers; --", "name/**/", "count--")) {
            assertThatThrownBy(() -> sites(Comparison.of(EQUAL_TO, bad, "x")))
                    .isInstanceOfSatisfying(InvalidFilterException.class,
                            e -> assertThat(e.reason()).isEqualTo(Reason.UNKNOWN_PROPERTY));
            assertThatThrownBy(() -> names(SourceQuery.all(SITES).sorted(List.of(new SortKey(bad, true)))))
                    .isInstanceOf(InvalidFilterException.class);
            assertThatThrownBy(() -> names(SourceQuery.all(SITES).selecting(List.of(bad))))
                    .isInstanceOf(InvalidFilterException.class);
        }
        assertThatThrownBy(() -> names(SourceQuery.all("sites; DROP TABLE layers"))).isInstanceOf(IllegalArgumentException.class);
        assertThat(store.catalog().get(SITES)).isPresent();
    }
}
