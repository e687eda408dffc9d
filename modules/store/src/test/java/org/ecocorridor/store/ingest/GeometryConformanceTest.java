package org.ecocorridor.store.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.ecocorridor.core.feature.GeometryKind;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

class GeometryConformanceTest {
    private static Geometry wkt(String text) throws ParseException {
        return new WKTReader().read(text);
    }

    @Test
    void singlePartsArePromotedToTheMultiKind() throws ParseException {
        assertThat(GeometryConformance.conform(wkt("POINT(1 2)"), GeometryKind.MULTIPOINT, "f"))
                .isEqualTo(wkt("MULTIPOINT((1 2))"));
        assertThat(GeometryConformance.conform(wkt("LINESTRING(0 0, 1 1)"), GeometryKind.MULTILINESTRING, "f"))
                .isEqualTo(wkt("MULTILINESTRING((0 0, 1 1))"));
        assertThat(GeometryConformance.conform(wkt("POLYGON((0 0, 1 0, 1 1, 0 0))"), GeometryKind.MULTIPOLYGON, "f"))
                .isEqualTo(wkt("MULTIPOLYGON(((0 0, 1 0, 1 1, 0 0)))"));
    }

    @Test
    void matchingMixedAndNullGeometriesPassUnchanged() throws ParseException {
        Geometry line = wkt("LINESTRING(0 0, 1 1)");
        assertThat(GeometryConformance.conform(line, GeometryKind.GEOMETRY, "f")).isSameAs(line);
        assertThat(GeometryConformance.conform(line, GeometryKind.LINESTRING, "f")).isSameAs(line);
        assertThat(GeometryConformance.conform(null, GeometryKind.POINT, "f")).isNull();
    }

    @Test
    void otherKindsAreRejectedNamingTheFeature() throws ParseException {
        Geometry multi = wkt("MULTIPOINT((1 2), (3 4))");
        assertThatThrownBy(() -> GeometryConformance.conform(multi, GeometryKind.POINT, "Feature #7"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Feature #7: geometry MultiPoint does not fit the layer's type Point");
    }
}
