package org.ecocorridor.ogc.wms;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ecocorridor.core.catalog.TimeExtent;
import org.ecocorridor.core.grid.FloatGrid;
import org.ecocorridor.core.grid.GridGeometry;
import org.ecocorridor.ogc.ows.KvpParameters;
import org.ecocorridor.ogc.ows.OwsRequest;
import org.ecocorridor.ogc.ows.OwsResponse;
import org.ecocorridor.ogc.ows.RequestUser;
import org.ecocorridor.ogc.render.GraphicLoader;
import org.ecocorridor.ogc.render.LegendRenderer;
import org.ecocorridor.ogc.render.MapRenderer;
import org.ecocorridor.ogc.testing.TestFeatures;
import org.locationtech.jts.geom.Envelope;

/**
 * A WMS over hand-made layers with plain styles, so expected pixels can be read off this table:
 * <pre>
 * boxes   (style boxes: fill #FF0000, no outline)  one square lon 100..110, lat 40..50, name "A"
 * secret  (sensitive, same style)                  lon 130..140, lat 40..50
 * counts  (style dots: 10 px blue circles, time)   (105, 45) on 2020-01-10 "early", (115, 45) on 2020-03-01 "late"
 * grid    (style classes: 1 → #00FF00, 2 → #0000FF) EPSG:4326, 2 × 1 cells of 1°, west edge 120, north 45:
 *                                                   cell (0,0) = 1 covers lon 120..121, cell (0,1) = 2 lon 121..122
 * </pre>
 */
final class WmsFixture {
    static final String BOXES_SLD = """
            <StyledLayerDescriptor version="1.0.0" xmlns="http://www.opengis.net/sld"><NamedLayer><Name>boxes</Name>
            <UserStyle><Name>boxes</Name><Title>Red boxes</Title><IsDefault>1</IsDefault><FeatureTypeStyle><Rule>
            <Title>Box</Title><PolygonSymbolizer><Fill><CssParameter name="fill">#FF0000</CssParameter></Fill>
            </PolygonSymbolizer></Rule></FeatureTypeStyle></UserStyle>
            <UserStyle><Name>boxes_green</Name><Title>Green boxes</Title><FeatureTypeStyle><Rule><Title>Box</Title>
            <PolygonSymbolizer><Fill><CssParameter name="fill">#00FF00</CssParameter></Fill></PolygonSymbolizer>
            </Rule></FeatureTypeStyle></UserStyle></NamedLayer></StyledLayerDescriptor>""";
    static final String DOTS_SLD = """
            <StyledLayerDescriptor version="1.0.0" xmlns="http://www.opengis.net/sld"><NamedLayer><Name>dots</Name>
            <UserStyle><Name>dots</Name><IsDefault>1</IsDefault><FeatureTypeStyle><Rule><Title>Count</Title>
            <PointSymbolizer><Graphic><Mark><WellKnownName>circle</WellKnownName><Fill>
            <CssParameter name="fill">#0000FF</CssParameter></Fill></Mark><Size>10</Size></Graphic></PointSymbolizer>
            </Rule></FeatureTypeStyle></UserStyle></NamedLayer></StyledLayerDescriptor>""";
    static final String CLASSES_SLD = """
            <StyledLayerDescriptor version="1.0.0" xmlns="http://www.opengis.net/sld"><NamedLayer><Name>classes</Name>
            <UserStyle><Name>classes</Name><IsDefault>1</IsDefault><FeatureTypeStyle><Rule><RasterSymbolizer>
            <ColorMap type="values"><ColorMapEntry color="#00FF00" quantity="1" label="one"/>
            <ColorMapEntry color="#0000FF" quantity="2" label="two"/></ColorMap></RasterSymbolizer></Rule>
            </FeatureTypeStyle></UserStyle></NamedLayer></StyledLayerDescriptor>""";

    final InMemoryMapData data = new InMemoryMapData();
    final WmsService wms;
    final MapComposer composer;

    WmsFixture(Path tmp) throws IOException {
        this(tmp, RenderGate.inline());
    }

    /** The fixture rendering through {@code gate}. */
    WmsFixture(Path tmp, RenderGate gate) throws IOException {
        Files.writeString(tmp.resolve("boxes.sld"), BOXES_SLD);
        Files.writeString(tmp.resolve("dots.sld"), DOTS_SLD);
        Files.writeString(tmp.resolve("classes.sld"), CLASSES_SLD);
        data.vector("boxes", "boxes", false, List.of(TestFeatures.feature(TestFeatures.rectangle(100, 40, 110, 50),
                        "name", "A")))
                .vector("secret", "boxes", true, List.of(TestFeatures.feature(TestFeatures.rectangle(130, 40, 140, 50),
                        "name", "S")))
                .vector("counts", "dots", false, List.of(
                        TestFeatures.feature(TestFeatures.point(105, 45), "label", "early", "seen", LocalDate.of(2020, 1, 10)),
                        TestFeatures.feature(TestFeatures.point(115, 45), "label", "late", "seen", LocalDate.of(2020, 3, 1))))
                .timed("counts", "seen", new TimeExtent(LocalDate.of(2020, 1, 10), LocalDate.of(2020, 3, 1)))
                .raster("grid", "classes", new FloatGrid(new GridGeometry(2, 1, 120, 45, 1, 1, 4326),
                        new float[] {1, 2}), new Envelope(120, 122, 44, 45));
        LayerDirectory directory = new LayerDirectory(data, new StyleCatalog(tmp));
        GraphicLoader graphics = GraphicLoader.inlineOnly();
        composer = new MapComposer(directory, new MapRenderer(graphics), gate);
        wms = new WmsService(composer, new LegendRenderer(graphics), WmsSettings.defaults(), SldFetcher.DISABLED);
    }

    OwsResponse get(String query) {
        return get(query, RequestUser.ANONYMOUS);
    }

    OwsResponse get(String query, RequestUser user) {
        Map<String, String> kvp = new HashMap<>();
        for (String pair : query.split("&")) {
            String[] kv = pair.split("=", 2);
            kvp.put(java.net.URLDecoder.decode(kv[0], java.nio.charset.StandardCharsets.UTF_8),
                    kv.length < 2 ? "" : java.net.URLDecoder.decode(kv[1], java.nio.charset.StandardCharsets.UTF_8));
        }
        return wms.handle(new OwsRequest(KvpParameters.ofSingle(kvp), null, "http://example.org/wms", user));
    }

    static RequestUser researcher() {
        return new RequestUser("rita", Set.of("researcher"));
    }

    static byte[] body(OwsResponse r) {
        var out = new java.io.ByteArrayOutputStream();
        try {
            r.body().writeTo(out);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static java.awt.image.BufferedImage image(OwsResponse r) {
        try {
            return javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(body(r)));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
