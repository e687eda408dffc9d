package org.ecocorridor.store.io.geojson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.io.WKTReader;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.json.JsonFactory;

class GeoJsonGeometryCodecTest {
    private static final JsonFactory JSON = new JsonFactory();
    private final GeometryFactory factory = new GeometryFactory();
    private final GeoJsonGeometryParser parser = new GeoJsonGeometryParser(factory);

    private String write(Geometry g, GeoJsonGeometryWriter writer) {
        StringWriter out = new StringWriter();
        try (JsonGenerator gen = JSON.createGenerator(ObjectWriteContext.empty(), out)) {
            writer.write(g, gen);
        }
        return out.toString();
    }

    private Geometry parse(String json) {
        try (JsonParser p = JSON.createParser(ObjectReadContext.empty(), json)) {
            p.nextToken();
            return parser.parse(p);
        }
    }

    private Geometry wkt(String wkt) throws Exception {
        return new WKTReader(factory).read(wkt);
    }

    @Test
    void pointIsWrittenAsRfc7946Text() throws Exception {
        assertThat(write(wkt("POINT (131.5 43.083)"), GeoJsonGeometryWriter.forDegrees()))
                .isEqualTo("{\"type\":\"Point\",\"coordinates\":[131.5,43.083]}");
    }

    @Test
    void degreesAreRoundedToSevenDecimals() throws Exception {
        // 131.123456789 rounds to 131.1234568 (8th decimal 8 ≥ 5 rounds up); 43.00000004 to 43.0.
        assertThat(write(wkt("POINT (131.123456789 43.00000004)"), GeoJsonGeometryWriter.forDegrees()))
                .isEqualTo("{\"type\":\"Point\",\"coordinates\":[131.1234568,43.0]}");
    }

    @Test
    void polygonRingsFollowTheRightHandRule() throws Exception {
        // Shell given clockwise (0 0, 0 10, 10 10, 10 0) and hole counter-clockwise: RFC 7946 §3.1.6
        // wants the shell counter-clockwise and the hole clockwise, so both are written reversed.
        Geometry g = wkt("POLYGON ((0 0, 0 10, 10 10, 10 0, 0 0), (2 2, 4 2, 4 4, 2 4, 2 2))");
        assertThat(write(g, new GeoJsonGeometryWriter(0))).isEqualTo("{\"type\":\"Polygon\",\"coordinates\":["
                + "[[0.0,0.0],[10.0,0.0],[10.0,10.0],[0.0,10.0],[0.0,0.0]],"
                + "[[2.0,2.0],[2.0,4.0],[4.0,4.0],[4.0,2.0],[2.0,2.0]]]}");
    }

    @Test
    void everyGeometryTypeRoundTrips() throws Exception {
        String[] wkts = {
            "POINT (1 2)", "LINESTRING (0 0, 1 1, 2 0)", "POLYGON ((0 0, 4 0, 4 4, 0 4, 0 0), (1 1, 1 2, 2 2, 2 1, 1 1))",
            "MULTIPOINT ((1 2), (3 4))", "MULTILINESTRING ((0 0, 1 1), (2 2, 3 3))",
            "MULTIPOLYGON (((0 0, 1 0, 1 1, 0 0)), ((5 5, 6 5, 6 6, 5 5)))",
            "GEOMETRYCOLLECTION (POINT (1 2), LINESTRING (0 0, 1 1))", "POINT EMPTY"
        };
        for (String text : wkts) {
            Geometry g = wkt(text);
            Geometry back = parse(write(g, new GeoJsonGeometryWriter(GeoJsonGeometryWriter.FULL_PRECISION)));
            // Orientation may be flipped on write, so compare topologically, plus the type.
            assertThat(back.getGeometryType()).as(text).isEqualTo(g.getGeometryType());
            assertThat(back.equalsTopo(g) || (g.isEmpty() && back.isEmpty())).as(text).isTrue();
        }
    }

    @Test
    void membersMayComeInAnyOrderAndForeignMembersAreSkipped() throws Exception {
        Geometry g = parse("{\"coordinates\":[[1,2,99],[3,4,99]],\"bbox\":[1,2,3,4],\"type\":\"LineString\"}");
        assertThat(g.equalsExact(wkt("LINESTRING (1 2, 3 4)"))).isTrue();
    }

    @Test
    void unclosedRingIsClosed() throws Exception {
        Geometry g = parse("{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[1,0],[1,1]]]}");
        assertThat(g.equalsExact(wkt("POLYGON ((0 0, 1 0, 1 1, 0 0))"))).isTrue();
    }

    @Test
    void nullGeometryIsNull() {
        assertThat(parse("null")).isNull();
    }

    @Test
    void malformedGeometriesRaiseStreamReadExceptions() {
        assertThatThrownBy(() -> parse("{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[1,0]]]}"))
                .isInstanceOf(StreamReadException.class).hasMessageContaining("at least 4 positions");
        assertThatThrownBy(() -> parse("{\"type\":\"Blob\",\"coordinates\":[0,0]}"))
                .isInstanceOf(StreamReadException.class).hasMessageContaining("unknown geometry type");
        assertThatThrownBy(() -> parse("{\"coordinates\":[0,0]}"))
                .isInstanceOf(StreamReadException.class).hasMessageContaining("without \"type\"");
        assertThatThrownBy(() -> parse("{\"type\":\"Point\",\"coordinates\":[0]}"))
                .isInstanceOf(StreamReadException.class).hasMessageContaining("at least 2 numbers");
        assertThatThrownBy(() -> parse("{\"type\":\"LineString\",\"coordinates\":[0,1]}"))
                .isInstanceOf(StreamReadException.class).hasMessageContaining("single position");
    }

    @Test
    void invalidDecimalCountIsRejected() {
        assertThatThrownBy(() -> new GeoJsonGeometryWriter(16)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("16");
    }
}
