package org.ecocorridor.core.filter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.ecocorridor.core.catalog.LayerInfo;
import org.ecocorridor.core.catalog.LayerKind;
import org.ecocorridor.core.feature.AttributeDescriptor;
import org.ecocorridor.core.feature.AttributeType;
import org.ecocorridor.core.feature.FeatureSchema;
import org.ecocorridor.core.feature.GeometryKind;
import org.ecocorridor.core.filter.InvalidFilterException.Reason;
import org.ecocorridor.core.source.FeatureType;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;

class FilterBinderTest {
    private static final FeatureType COUNTS = new FeatureType(
            new LayerInfo("survey_counts", "Counts", null, List.of(), LayerKind.VECTOR, null, null, null, 0,
                    false, true, null),
            new FeatureSchema(GeometryKind.POINT, 4326, List.of(
                    new AttributeDescriptor("site_code", AttributeType.STRING, false),
                    new AttributeDescriptor("count", AttributeType.INTEGER, false),
                    new AttributeDescriptor("ratio", AttributeType.DOUBLE, true),
                    new AttributeDescriptor("ramsar", AttributeType.BOOLEAN, true),
                    new AttributeDescriptor("survey_date", AttributeType.DATE, false),
                    new AttributeDescriptor("seen_at", AttributeType.TIMESTAMP, true))),
            "geom");

    @Test
    void literalsTakeTheJavaTypeOfTheirAttribute() {
        Filter bound = FilterBinder.bind(new And(List.of(
                Comparison.of(ComparisonOperator.EQUAL_TO, "count", "120"),
                Comparison.of(ComparisonOperator.LESS_THAN, "count", "12.5"),
                Comparison.of(ComparisonOperator.EQUAL_TO, "ramsar", "1"),
                new Between("survey_date", "2021-01-01", "2021-12-31T23:00:00Z"),
                Comparison.of(ComparisonOperator.GREATER_THAN, "seen_at", "2024-01-15"))), COUNTS);
        List<Filter> ops = ((And) bound).operands();
        assertThat(((Comparison) ops.get(0)).value()).isEqualTo(120L);
        assertThat(((Comparison) ops.get(1)).value()).isEqualTo(12.5);
        assertThat(((Comparison) ops.get(2)).value()).isEqualTo(Boolean.TRUE);
        assertThat(((Between) ops.get(3)).lower()).isEqualTo(LocalDate.of(2021, 1, 1));
        assertThat(((Between) ops.get(3)).upper()).isEqualTo(LocalDate.of(2021, 12, 31));
        // a date read as a timestamp is its first instant, 00:00 UTC
        assertThat(((Comparison) ops.get(4)).value()).isEqualTo(Instant.parse("2024-01-15T00:00:00Z"));
    }

    @Test
    void unknownPropertyIsRejectedWithItsName() {
        assertThatThrownBy(() -> FilterBinder.bind(Comparison.of(ComparisonOperator.EQUAL_TO, "nope", "1"), COUNTS))
                .isInstanceOfSatisfying(InvalidFilterException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.UNKNOWN_PROPERTY);
                    assertThat(e.locator()).isEqualTo("nope");
                });
    }

    @Test
    void operandThatDoesNotFitTheTypeIsABadOperand() {
        assertThatThrownBy(() -> FilterBinder.bind(
                Comparison.of(ComparisonOperator.EQUAL_TO, "count", "12'; DROP TABLE layers; --"), COUNTS))
                .isInstanceOfSatisfying(InvalidFilterException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.BAD_OPERAND));
        assertThatThrownBy(() -> FilterBinder.bind(new TemporalPredicate(TemporalOperator.AFTER, "count",
                TimeLiteral.instant(Instant.EPOCH)), COUNTS))
                .isInstanceOfSatisfying(InvalidFilterException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.BAD_OPERAND));
    }

    @Test
    void spatialPredicatesNeedTheGeometryProperty() {
        var point = new GeometryFactory().createPoint(new Coordinate(130, 43));
        assertThat(FilterBinder.bind(new SpatialPredicate(SpatialOperator.INTERSECTS, "geom", point), COUNTS))
                .isInstanceOf(SpatialPredicate.class);
        assertThat(FilterBinder.bind(new SpatialPredicate(SpatialOperator.INTERSECTS, null, point), COUNTS))
                .isInstanceOf(SpatialPredicate.class);
        assertThatThrownBy(() -> FilterBinder.bind(new SpatialPredicate(SpatialOperator.INTERSECTS, "site_code",
                point), COUNTS)).isInstanceOfSatisfying(InvalidFilterException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.BAD_OPERAND));
    }

    @Test
    void recordsRejectInvalidArguments() {
        assertThatThrownBy(() -> new And(List.of())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("And");
        assertThatThrownBy(() -> new Like("name", "a*", '*', '*', '!', true))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("distinct");
        assertThatThrownBy(() -> new TemporalPredicate(TemporalOperator.DURING, "survey_date",
                TimeLiteral.instant(Instant.EPOCH))).hasMessageContaining("period");
    }
}
