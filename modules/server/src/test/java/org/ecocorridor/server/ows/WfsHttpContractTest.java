package org.ecocorridor.server.ows;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.nio.file.Path;
import java.util.List;
import org.ecocorridor.core.feature.Feature;
import org.ecocorridor.core.feature.GeometryKind;
import org.ecocorridor.server.support.Paths;
import org.ecocorridor.store.io.ReadOptions;
import org.ecocorridor.store.io.VectorReaders;
import org.ecocorridor.store.io.VectorSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Envelope;
import org.springframework.beans.factory.annotation.Value;

/**
 * The WFS over real HTTP on the demo data: GET and XML POST for anonymous readers, filters run in
 * the store, exception reports with OGC codes and HTTP statuses, advertised URLs from forwarding
 * headers, cacheable schemas. Subclasses choose the store (H2GIS, PostGIS): the same requests must
 * give the same answers.
 */
abstract class WfsHttpContractTest {
    static final String ADMIN_PASSWORD = "test-admin-password";
    private final HttpClient client = HttpClient.newHttpClient();

    @Value("${local.server.port}")
    int port;

    private HttpResponse<String> get(String pathAndQuery, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + pathAndQuery)).GET();
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return client.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String xml) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Content-Type", "application/xml").POST(HttpRequest.BodyPublishers.ofString(xml)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String xml, String user, String password) throws Exception {
        String basic = java.util.Base64.getEncoder().encodeToString((user + ":" + password)
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Content-Type", "text/xml").header("Authorization", "Basic " + basic)
                .POST(HttpRequest.BodyPublishers.ofString(xml)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static long attribute(String body, String name) {
        Matcher m = Pattern.compile(name + "=\"(\\d+)\"").matcher(body);
        assertThat(m.find()).as(name + " in " + body.substring(0, Math.min(400, body.length()))).isTrue();
        return Long.parseLong(m.group(1));
    }

    @Test
    void capabilitiesOnBothEndpointsAdvertiseTheRequestOrForwardedUrl() throws Exception {
        HttpResponse<String> ows = get("/ows?SERVICE=WFS&REQUEST=GetCapabilities&ACCEPTVERSIONS=2.0.0");
        assertThat(ows.statusCode()).isEqualTo(200);
        assertThat(ows.body()).contains("xlink:href=\"http://127.0.0.1:" + port + "/ows\"")
                .contains("<wfs:Name>eco:survey_counts</wfs:Name>");
        HttpResponse<String> wfs = get("/wfs?REQUEST=GetCapabilities", "X-Forwarded-Proto", "https",
                "X-Forwarded-Host", "maps.example.org", "X-Forwarded-Prefix", "/eco");
        assertThat(wfs.statusCode()).isEqualTo(200);
        assertThat(wfs.body()).contains("xlink:href=\"https://maps.example.org/eco/wfs\"");
    }

    @Test
    void filtersRunInTheStoreForGetAndPost() throws Exception {
        long all = attribute(get("/ows?SERVICE=WFS&VERSION=2.0.0&REQUEST=GetFeature&TYPENAMES=eco:survey_counts"
                + "&RESULTTYPE=hits").body(), "numberMatched");
        String filter = "<fes:Filter xmlns:fes=\"http://www.opengis.net/fes/2.0\"><fes:PropertyIsGreaterThan>"
                + "<fes:ValueReference>count</fes:ValueReference><fes:Literal>1000</fes:Literal>"
                + "</fes:PropertyIsGreaterThan></fes:Filter>";
        HttpResponse<String> r = get("/ows?SERVICE=WFS&VERSION=2.0.0&REQUEST=GetFeature&TYPENAMES=eco:survey_counts"
                + "&FILTER=" + java.net.URLEncoder.encode(filter, java.nio.charset.StandardCharsets.UTF_8));
        assertThat(r.statusCode()).isEqualTo(200);
        long big = attribute(r.body(), "numberMatched");
        assertThat(big).isPositive().isLessThan(all);
        Matcher counts = Pattern.compile("<eco:count>(\\d+)</eco:count>").matcher(r.body());
        int seen = 0;
        while (counts.find()) {
            assertThat(Long.parseLong(counts.group(1))).isGreaterThan(1000);
            seen++;
        }
        assertThat(seen).isEqualTo((int) big);
        String xml = "<wfs:GetFeature service=\"WFS\" version=\"2.0.0\" resultType=\"hits\""
                + " xmlns:wfs=\"http://www.opengis.net/wfs/2.0\" xmlns:eco=\"https://ecocorridor.org/ns\">"
                + "<wfs:Query typeNames=\"eco:survey_counts\">" + filter + "</wfs:Query></wfs:GetFeature>";
        HttpResponse<String> posted = post("/ows", xml);
        assertThat(posted.statusCode()).isEqualTo(200);
        assertThat(attribute(posted.body(), "numberMatched")).isEqualTo(big);
    }

    @Test
    void bboxInLatLonUrnSelectsTheSameAsLonLat() throws Exception {
        // Around Izumi (130.36 E, 32.08 N), as lat/lon (URN) and as lon/lat (EPSG:4326 short name)
        long urn = attribute(get("/ows?SERVICE=WFS&VERSION=2.0.0&REQUEST=GetFeature&TYPENAMES=eco:flyway_sites"
                + "&RESULTTYPE=hits&BBOX=31,129,33,131,urn:ogc:def:crs:EPSG::4326").body(), "numberMatched");
        long shortName = attribute(get("/ows?SERVICE=WFS&VERSION=2.0.0&REQUEST=GetFeature&TYPENAMES=eco:flyway_sites"
                + "&RESULTTYPE=hits&BBOX=129,31,131,33,EPSG:4326").body(), "numberMatched");
        long swapped = attribute(get("/ows?SERVICE=WFS&VERSION=2.0.0&REQUEST=GetFeature&TYPENAMES=eco:flyway_sites"
                + "&RESULTTYPE=hits&BBOX=129,31,131,33,urn:ogc:def:crs:EPSG::4326").body(), "numberMatched");
        assertThat(urn).isPositive().isEqualTo(shortName);
        assertThat(swapped).isZero(); // latitude 129..131 does not exist
    }

    @Test
    void errorsAreExceptionReportsWithOgcCodesAndStatuses() throws Exception {
        HttpResponse<String> unknown = get("/ows?SERVICE=WFS&VERSION=2.0.0&REQUEST=GetFeature&TYPENAMES=eco:nope");
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.headers().firstValue("Content-Type").orElse("")).startsWith("application/xml");
        assertThat(unknown.body()).contains("http://www.opengis.net/ows/1.1").contains("exceptionCode=\"InvalidParameterValue\"")
                .contains("locator=\"typeNames\"");
        HttpResponse<String> v11 = get("/ows?SERVICE=WFS&VERSION=1.1.0&REQUEST=GetFeature&TYPENAME=eco:nope");
        assertThat(v11.body()).contains("xmlns:ows=\"http://www.opengis.net/ows\"").contains("version=\"1.1.0\"");
        HttpResponse<String> badProperty = get("/ows?SERVICE=WFS&VERSION=2.0.0&REQUEST=GetFeature"
                + "&TYPENAMES=eco:survey_counts&SORTBY=x%22%3BDROP%20TABLE%20layers");
        assertThat(badProperty.statusCode()).isEqualTo(400);
        HttpResponse<String> byId = get("/ows?SERVICE=WFS&VERSION=2.0.0&REQUEST=GetFeature"
                + "&STOREDQUERY_ID=urn:ogc:def:query:OGC-WFS::GetFeatureById&ID=countries.XXX");
        assertThat(byId.statusCode()).isEqualTo(404);
        assertThat(byId.body()).contains("exceptionCode=\"NotFound\"");
        assertThat(get("/ows?REQUEST=GetCapabilities").body()).contains("exceptionCode=\"MissingParameterValue\"");
        assertThat(get("/ows?SERVICE=WFS&VERSION=2.0.0&REQUEST=Frobnicate").statusCode()).isEqualTo(501);
        assertThat(post("/ows", "<not xml").statusCode()).isEqualTo(400);
    }

    @Test
    void schemasAreCacheableWithEtags() throws Exception {
        HttpResponse<String> first = get("/ows?SERVICE=WFS&VERSION=2.0.0&REQUEST=DescribeFeatureType&TYPENAME=eco:countries");
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.body()).contains("type=\"gml:MultiSurfacePropertyType\"");
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertThat(get("/ows?SERVICE=WFS&VERSION=2.0.0&REQUEST=DescribeFeatureType&TYPENAME=eco:countries",
                "If-None-Match", etag).statusCode()).isEqualTo(304);
    }

    @Test
    void geoJsonAndPagingLinksAreAbsolute() throws Exception {
        HttpResponse<String> r = get("/wfs?SERVICE=WFS&VERSION=2.0.0&REQUEST=GetFeature&TYPENAMES=eco:countries"
                + "&OUTPUTFORMAT=application/json&COUNT=2&SORTBY=name%20DESC");
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        assertThat(r.body()).contains("\"numberMatched\":6,\"numberReturned\":2")
                .contains("\"href\":\"http://127.0.0.1:" + port + "/wfs?");
        // names in descending order: the first of the page is the greatest of the six
        Matcher names = Pattern.compile("\"name\":\"([^\"]+)\"").matcher(r.body());
        assertThat(names.find()).isTrue();
        String first = names.group(1);
        assertThat(names.find()).isTrue();
        assertThat(first.compareTo(names.group(1))).isPositive();
    }

    /**
     * GeoPackage and zipped Shapefile downloads in Web Mercator, read back with the store's readers
     * (which reproject to EPSG:4326 from the CRS the file declares) and compared with the demo
     * GeoJSON the layer was loaded from: same count, names, kind and extent.
     */
    @Test
    void getFeatureDownloadsGeoPackageAndShapefileInTheRequestedCrs(@TempDir Path dir) throws Exception {
        List<Feature> expected = readAll(Paths.repoRoot().resolve("data/vector/protected_areas.geojson"));
        Envelope expectedExtent = extent(expected);
        for (String format : List.of("gpkg", "SHAPE-ZIP")) {
            HttpResponse<byte[]> r = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                    + "/wfs?SERVICE=WFS&VERSION=2.0.0&REQUEST=GetFeature&TYPENAMES=eco:protected_areas&OUTPUTFORMAT="
                    + format + "&SRSNAME=EPSG:3857")).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(r.statusCode()).as(new String(r.body(), java.nio.charset.StandardCharsets.UTF_8)).isEqualTo(200);
            boolean gpkg = format.equals("gpkg");
            assertThat(r.headers().firstValue("Content-Type").orElse(""))
                    .startsWith(gpkg ? "application/geopackage+sqlite3" : "application/zip");
            assertThat(r.headers().firstValue("Content-Disposition").orElse(""))
                    .isEqualTo("attachment; filename=\"protected_areas" + (gpkg ? ".gpkg" : ".zip") + "\"");
            Path file = java.nio.file.Files.write(dir.resolve("download" + (gpkg ? ".gpkg" : ".zip")), r.body());
            List<Feature> back;
            try (VectorSource source = VectorReaders.open(file, ReadOptions.defaults())) {
                assertThat(source.schema().geometryKind()).isEqualTo(GeometryKind.MULTIPOLYGON);
                back = readAll(source);
            }
            assertThat(back).as(format).hasSameSizeAs(expected);
            assertThat(back.stream().map(f -> f.get("name")).sorted().toList())
                    .isEqualTo(expected.stream().map(f -> f.get("name")).sorted().toList());
            Envelope actual = extent(back);
            assertThat(new double[] {actual.getMinX(), actual.getMinY(), actual.getMaxX(), actual.getMaxY()}).as(format)
                    .containsExactly(new double[] {expectedExtent.getMinX(), expectedExtent.getMinY(),
                            expectedExtent.getMaxX(), expectedExtent.getMaxY()}, org.assertj.core.data.Offset.offset(1e-7));
            if (gpkg) {
                try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file);
                     var rs = c.createStatement().executeQuery("SELECT srs_id FROM gpkg_geometry_columns")) {
                    rs.next();
                    assertThat(rs.getInt(1)).isEqualTo(3857);
                }
            }
        }
    }

    @Test
    void unknownOutputFormatsAreRefusedWithAnExceptionReport() throws Exception {
        HttpResponse<String> r = get("/wfs?SERVICE=WFS&VERSION=2.0.0&REQUEST=GetFeature&TYPENAMES=eco:protected_areas"
                + "&OUTPUTFORMAT=application/x-unknown");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("InvalidParameterValue").contains("locator=\"outputFormat\"");
    }

    private static List<Feature> readAll(Path file) throws Exception {
        try (VectorSource source = VectorReaders.open(file, ReadOptions.defaults())) {
            return readAll(source);
        }
    }

    private static List<Feature> readAll(VectorSource source) {
        List<Feature> out = new java.util.ArrayList<>();
        try (var cursor = source.cursor()) {
            cursor.forEachRemaining(out::add);
        }
        return out;
    }

    private static Envelope extent(List<Feature> features) {
        Envelope e = new Envelope();
        features.forEach(f -> e.expandToInclude(f.geometry().getEnvelopeInternal()));
        return e;
    }

    @Test
    void editorsInsertUpdateAndDeleteThroughWfsT() throws Exception {
        String insert = "<Transaction xmlns=\"http://www.opengis.net/wfs\" service=\"WFS\" version=\"1.0.0\""
                + " xmlns:gml=\"http://www.opengis.net/gml\"><Insert><eco:flyway_sites xmlns:eco=\"https://ecocorridor.org/ns\">"
                + "<eco:site_code>WFST_TEST</eco:site_code><eco:name>WFS-T test site</eco:name>"
                + "<eco:geom><gml:Point srsName=\"EPSG:4326\"><gml:coordinates>115.9,50.1</gml:coordinates></gml:Point>"
                + "</eco:geom></eco:flyway_sites></Insert></Transaction>";
        HttpResponse<String> anonymous = post("/wfs", insert);
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("WWW-Authenticate").orElse("")).startsWith("Basic");
        HttpResponse<String> inserted = post("/wfs", insert, "admin", ADMIN_PASSWORD);
        assertThat(inserted.statusCode()).as(inserted.body()).isEqualTo(200);
        Matcher fid = Pattern.compile("fid=\"(flyway_sites\\.\\d+)\"").matcher(inserted.body());
        assertThat(fid.find()).as(inserted.body()).isTrue();
        String id = fid.group(1);
        String byId = "/ows?SERVICE=WFS&VERSION=2.0.0&REQUEST=GetFeature&STOREDQUERY_ID="
                + "urn:ogc:def:query:OGC-WFS::GetFeatureById&ID=" + id;
        assertThat(get(byId).body()).contains("<eco:name>WFS-T test site</eco:name>").contains("<gml:pos>50.1 115.9</gml:pos>");
        String update = "<wfs:Transaction service=\"WFS\" version=\"2.0.0\" xmlns:wfs=\"http://www.opengis.net/wfs/2.0\""
                + " xmlns:fes=\"http://www.opengis.net/fes/2.0\"><wfs:Update typeName=\"eco:flyway_sites\""
                + " xmlns:eco=\"https://ecocorridor.org/ns\"><wfs:Property><wfs:ValueReference>name</wfs:ValueReference>"
                + "<wfs:Value>Renamed</wfs:Value></wfs:Property><fes:Filter><fes:ResourceId rid=\"" + id + "\"/>"
                + "</fes:Filter></wfs:Update></wfs:Transaction>";
        HttpResponse<String> updated = post("/ows", update, "admin", ADMIN_PASSWORD);
        assertThat(updated.body()).contains("<wfs:totalUpdated>1</wfs:totalUpdated>");
        assertThat(get(byId).body()).contains("<eco:name>Renamed</eco:name>");
        String readOnly = update.replace("eco:flyway_sites", "eco:countries").replace(id, "countries.CHN");
        HttpResponse<String> refused = post("/ows", readOnly, "admin", ADMIN_PASSWORD);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("OperationProcessingFailed").contains("read-only");
        String delete = "<wfs:Transaction service=\"WFS\" version=\"2.0.0\" xmlns:wfs=\"http://www.opengis.net/wfs/2.0\""
                + " xmlns:fes=\"http://www.opengis.net/fes/2.0\"><wfs:Delete typeName=\"eco:flyway_sites\""
                + " xmlns:eco=\"https://ecocorridor.org/ns\"><fes:Filter><fes:ResourceId rid=\"" + id + "\"/>"
                + "</fes:Filter></wfs:Delete></wfs:Transaction>";
        assertThat(post("/ows", delete, "admin", ADMIN_PASSWORD).body()).contains("<wfs:totalDeleted>1</wfs:totalDeleted>");
        assertThat(get(byId).statusCode()).isEqualTo(404);
    }

    @Test
    void partnersEnterSurveyCountsByWfsT() throws Exception {
        String insert = "<wfs:Transaction service=\"WFS\" version=\"2.0.0\" xmlns:wfs=\"http://www.opengis.net/wfs/2.0\""
                + " xmlns:eco=\"https://ecocorridor.org/ns\"><wfs:Insert><eco:survey_counts><eco:site_code>ARAO</eco:site_code>"
                + "<eco:species_code>black_faced_spoonbill</eco:species_code><eco:survey_date>2026-01-15</eco:survey_date>"
                + "<eco:count>61</eco:count><eco:source>WFS-T test</eco:source></eco:survey_counts></wfs:Insert>"
                + "</wfs:Transaction>";
        HttpResponse<String> r = post("/ows", insert, "admin", ADMIN_PASSWORD);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        Matcher rid = Pattern.compile("rid=\"(survey_counts\\.\\d+)\"").matcher(r.body());
        assertThat(rid.find()).as(r.body()).isTrue();
        HttpResponse<String> stored = get("/ows?SERVICE=WFS&VERSION=2.0.0&REQUEST=GetFeature&RESOURCEID=" + rid.group(1));
        // the view joins the new count to its site: name and point come from flyway_sites
        assertThat(stored.body()).contains("<eco:count>61</eco:count>").contains("<eco:site_name>Arao Tidal Flat")
                .contains("<gml:pos>32.97 130.43</gml:pos>");
        String delete = "<wfs:Transaction service=\"WFS\" version=\"2.0.0\" xmlns:wfs=\"http://www.opengis.net/wfs/2.0\""
                + " xmlns:fes=\"http://www.opengis.net/fes/2.0\"><wfs:Delete typeName=\"eco:survey_counts\""
                + " xmlns:eco=\"https://ecocorridor.org/ns\"><fes:Filter><fes:ResourceId rid=\"" + rid.group(1) + "\"/>"
                + "</fes:Filter></wfs:Delete></wfs:Transaction>";
        assertThat(post("/ows", delete, "admin", ADMIN_PASSWORD).body()).contains("<wfs:totalDeleted>1</wfs:totalDeleted>");
    }
}
