package org.ecocorridor.ogc.wfs;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ecocorridor.core.catalog.LayerInfo;
import org.ecocorridor.core.catalog.LayerKind;
import org.ecocorridor.core.feature.AttributeDescriptor;
import org.ecocorridor.core.feature.AttributeType;
import org.ecocorridor.core.feature.Feature;
import org.ecocorridor.core.feature.FeatureSchema;
import org.ecocorridor.core.feature.GeometryKind;
import org.ecocorridor.core.source.FeatureType;
import org.ecocorridor.ogc.ows.KvpParameters;
import org.ecocorridor.ogc.ows.OwsRequest;
import org.ecocorridor.ogc.ows.OwsResponse;
import org.ecocorridor.ogc.ows.RequestUser;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.WKTReader;
import org.locationtech.jts.geom.Envelope;

/**
 * Three feature types: {@code sites} (3 points), {@code areas} (1 multipolygon) and the sensitive
 * {@code dens} (1 point), with values chosen by hand.
 */
final class WfsFixtures {
    static final String URL = "http://example.org/ows";

    private WfsFixtures() {
    }

    static MemoryFeatureSource source() {
        Map<String, FeatureType> types = new LinkedHashMap<>();
        Map<String, List<Feature>> features = new HashMap<>();
        types.put("sites", type("sites", GeometryKind.POINT, false, List.of(
                new AttributeDescriptor("name", AttributeType.STRING, false),
                new AttributeDescriptor("count", AttributeType.INTEGER, true),
                new AttributeDescriptor("ratio", AttributeType.DOUBLE, true),
                new AttributeDescriptor("ramsar", AttributeType.BOOLEAN, true),
                new AttributeDescriptor("survey_date", AttributeType.DATE, true),
                new AttributeDescriptor("seen_at", AttributeType.TIMESTAMP, true))));
        features.put("sites", List.of(
                site("1", "Izumi", "POINT(130.36 32.08)", 15000L, 0.5, true, "2024-01-15"),
                site("2", "Muraviovka & <Amur>", "POINT(127.72 49.84)", null, null, null, "2021-05-01"),
                site("3", "Khanka", "POINT(132.4 45.0)", 30L, 2.25, true, "2022-04-10")));
        types.put("areas", type("areas", GeometryKind.MULTIPOLYGON, false,
                List.of(new AttributeDescriptor("name", AttributeType.STRING, false))));
        features.put("areas", List.of(new Feature("7", wkt("MULTIPOLYGON(((130 42, 131 42, 131 43, 130 43, 130 42),"
                + "(130.2 42.2, 130.4 42.2, 130.4 42.4, 130.2 42.2)))"), Map.of("name", "Land of the Leopard"))));
        types.put("dens", type("dens", GeometryKind.POINT, true,
                List.of(new AttributeDescriptor("name", AttributeType.STRING, false))));
        features.put("dens", List.of(new Feature("1", wkt("POINT(131 43)"), Map.of("name", "secret"))));
        return new MemoryFeatureSource(types, features);
    }

    private static FeatureType type(String name, GeometryKind kind, boolean sensitive, List<AttributeDescriptor> attrs) {
        LayerInfo info = new LayerInfo(name, name + " title", "About " + name, List.of("k1", "k2"), LayerKind.VECTOR,
                null, new Envelope(127.72, 132.4, 32.08, 49.84), null, 3, sensitive, false, Instant.EPOCH);
        return new FeatureType(info, new FeatureSchema(kind, 4326, attrs), "geom");
    }

    private static Feature site(String id, String name, String wkt, Long count, Double ratio, Boolean ramsar,
            String date) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("name", name);
        v.put("count", count);
        v.put("ratio", ratio);
        v.put("ramsar", ramsar);
        v.put("survey_date", LocalDate.parse(date));
        v.put("seen_at", Instant.parse(date + "T08:00:00Z"));
        return new Feature(id, wkt(wkt), v);
    }

    static Geometry wkt(String wkt) {
        try {
            Geometry g = new WKTReader().read(wkt);
            g.setSRID(4326);
            return g;
        } catch (org.locationtech.jts.io.ParseException e) {
            throw new IllegalArgumentException(wkt, e);
        }
    }

    /** A KVP request from "k=v&k=v" (values not encoded). */
    static OwsRequest kvp(String query) {
        return kvp(query, RequestUser.ANONYMOUS);
    }

    static OwsRequest kvp(String query, RequestUser user) {
        Map<String, String> m = new LinkedHashMap<>();
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            m.put(pair.substring(0, eq), pair.substring(eq + 1));
        }
        return new OwsRequest(KvpParameters.ofSingle(m), null, URL, user);
    }

    static OwsRequest xml(String body) {
        return new OwsRequest(KvpParameters.ofSingle(Map.of()), body.getBytes(StandardCharsets.UTF_8), URL,
                RequestUser.ANONYMOUS);
    }

    static RequestUser editor() {
        return new RequestUser("erin", Set.of("editor"));
    }

    static byte[] body(OwsResponse r) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        r.body().writeTo(out);
        return out.toByteArray();
    }
}
