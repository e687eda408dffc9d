package org.ecocorridor.server.clients;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.ecocorridor.server.support.Paths;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Regression images of every demo layer's default SLD style: WMS 1.3.0 GetMap, 512 x 512 px, EPSG:3857,
 * over the layer's EPSG:3857 BoundingBox from our capabilities, squared around its centre and padded by
 * 5 % so the map is not stretched. Compared with {@code src/test/resources/reference-images/<layer>.png}.
 *
 * <p>Tolerance: at most 5 % of the drawn pixels (not transparent in either image) may differ by more
 * than 16 (of 255) in any channel, alpha included. Antialiasing and font rasterisation (labels) differ
 * slightly between JDK builds and platforms, which moves edge pixels by a few levels, and for thin
 * lines edge pixels are a large share of what is drawn; a changed style (colour, width, rule, symbol)
 * moves most drawn pixels by far more than 16. Measured over drawn pixels, not the whole image, because
 * sparse layers (dams, roads) cover well under 1 % of a 512 px map.
 *
 * <p>References are regression guards, not truths: they were generated once with
 * {@code -Decocorridor.updateReferenceImages=true} (which (re)writes them and their copies in
 * {@code docs/images/styles/}, and passes) and inspected by eye. On a mismatch the actual image and a
 * difference mask are written to {@code target/image-diffs/}.
 */
class DefaultStyleImageTest extends MapClientServerTest {
    /** System property that rewrites the reference images instead of comparing with them. */
    static final String UPDATE_PROPERTY = "ecocorridor.updateReferenceImages";
    static final int SIZE_PX = 512;
    static final int CHANNEL_TOLERANCE = 16;
    static final double MAX_DIFFERING_FRACTION = 0.05;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"countries", "protected_areas", "habitat_patches", "flyway_sites", "survey_counts",
        "infrastructure", "wind_farms", "power_lines", "roads", "railways", "border_fences", "dams",
        "landcover_amur", "landcover_altai"})
    void defaultStyleMatchesItsReferenceImage(String layer) throws Exception {
        double[] box = squareBox(mercatorBoundingBox(layer));
        HttpResponse<byte[]> r = get(String.format(Locale.ROOT, "/wms?SERVICE=WMS&VERSION=1.3.0&REQUEST=GetMap"
                + "&LAYERS=%s&STYLES=&CRS=EPSG:3857&BBOX=%.1f,%.1f,%.1f,%.1f&WIDTH=%d&HEIGHT=%d&FORMAT=image/png"
                + "&TRANSPARENT=TRUE", layer, box[0], box[1], box[2], box[3], SIZE_PX, SIZE_PX));
        assertThat(r.statusCode()).as("GetMap %s: %s", layer, new String(r.body())).isEqualTo(200);
        BufferedImage actual = decode(r.body());
        assertThat(actual).as("PNG of %s", layer).isNotNull();
        assertThat(GdalWmsClientTest.distinctColours(actual)).as("%s draws something", layer).isGreaterThan(1);

        Path reference = Paths.repoRoot().resolve("modules/server/src/test/resources/reference-images")
                .resolve(layer + ".png");
        if (Boolean.getBoolean(UPDATE_PROPERTY)) {
            Files.createDirectories(reference.getParent());
            Files.write(reference, r.body());
            Path docs = Paths.repoRoot().resolve("docs/images/styles");
            Files.createDirectories(docs);
            Files.write(docs.resolve(layer + ".png"), r.body());
            return;
        }
        assertThat(reference).as("reference image; generate with -D%s=true and inspect it", UPDATE_PROPERTY)
                .isRegularFile();
        BufferedImage expected = ImageIO.read(reference.toFile());
        ImageComparison cmp = ImageComparison.of(expected, actual, CHANNEL_TOLERANCE);
        if (cmp.differingFraction() > MAX_DIFFERING_FRACTION) {
            Path dir = Path.of("target", "image-diffs");
            Files.createDirectories(dir);
            ImageIO.write(actual, "png", dir.resolve(layer + "-actual.png").toFile());
            ImageIO.write(cmp.mask(), "png", dir.resolve(layer + "-diff.png").toFile());
        }
        assertThat(cmp.differingFraction()).as("%s: fraction of drawn pixels off by > %d (see target/image-diffs)",
                layer, CHANNEL_TOLERANCE).isLessThanOrEqualTo(MAX_DIFFERING_FRACTION);
    }

    /** minx, miny, maxx, maxy (metres) of the layer's {@code <BoundingBox CRS="EPSG:3857">} in WMS 1.3.0. */
    private double[] mercatorBoundingBox(String layer) throws Exception {
        byte[] caps = get("/wms?SERVICE=WMS&VERSION=1.3.0&REQUEST=GetCapabilities").body();
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        Document doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(caps));
        NodeList layers = doc.getElementsByTagNameNS("*", "Layer");
        for (int i = 0; i < layers.getLength(); i++) {
            Element l = (Element) layers.item(i);
            Element name = firstChild(l, "Name");
            if (name == null || !layer.equals(name.getTextContent().trim())) {
                continue;
            }
            NodeList boxes = l.getElementsByTagNameNS("*", "BoundingBox");
            for (int b = 0; b < boxes.getLength(); b++) {
                Element box = (Element) boxes.item(b);
                if (box.getParentNode() == l && "EPSG:3857".equals(box.getAttribute("CRS"))) {
                    return new double[] {Double.parseDouble(box.getAttribute("minx")),
                        Double.parseDouble(box.getAttribute("miny")), Double.parseDouble(box.getAttribute("maxx")),
                        Double.parseDouble(box.getAttribute("maxy"))};
                }
            }
            throw new AssertionError("layer " + layer + " has no EPSG:3857 BoundingBox");
        }
        throw new AssertionError("layer " + layer + " is not in the WMS 1.3.0 capabilities");
    }

    private static Element firstChild(Element parent, String localName) {
        for (var n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && localName.equals(e.getLocalName())) {
                return e;
            }
        }
        return null;
    }

    /** The square of side max(width, height) x 1.1 (at least 20 km) centred on the box. */
    static double[] squareBox(double[] b) {
        double half = Math.max(10_000, Math.max(b[2] - b[0], b[3] - b[1]) * 1.1 / 2);
        double cx = (b[0] + b[2]) / 2;
        double cy = (b[1] + b[3]) / 2;
        return new double[] {cx - half, cy - half, cx + half, cy + half};
    }
}
