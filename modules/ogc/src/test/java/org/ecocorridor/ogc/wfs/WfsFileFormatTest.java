package org.ecocorridor.ogc.wfs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ecocorridor.ogc.wfs.WfsFixtures.body;
import static org.ecocorridor.ogc.wfs.WfsFixtures.kvp;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ecocorridor.core.feature.Feature;
import org.ecocorridor.core.feature.FeatureCursor;
import org.ecocorridor.core.feature.GeometryKind;
import org.ecocorridor.ogc.exception.OgcException;
import org.ecocorridor.ogc.ows.OwsResponse;
import org.junit.jupiter.api.Test;

/**
 * The file-format extension point, with a stand-in format that writes one text line per layer and
 * feature: names and aliases, capabilities, what the writer receives (schema, CRS, reprojected
 * coordinates, attributes), headers, errors and the temporary file's removal.
 */
class WfsFileFormatTest {
    /** Writes "layer srid kind attributes" then "id x y" lines; refuses multipolygon layers. */
    static final class TextFormat implements FeatureFileFormat {
        final List<Path> files = new ArrayList<>();

        @Override
        public List<String> names() {
            return List.of("application/x-test", "TEST-ZIP");
        }

        @Override
        public List<String> advertisedNames() {
            return names();
        }

        @Override
        public String contentType() {
            return "application/x-test";
        }

        @Override
        public String fileExtension() {
            return ".txt";
        }

        @Override
        public long write(Map<String, FeatureCursor> layers, Path file) throws java.io.IOException {
            files.add(file);
            StringBuilder text = new StringBuilder();
            long n = 0;
            for (var layer : layers.entrySet()) {
                var schema = layer.getValue().schema();
                if (schema.geometryKind() == GeometryKind.MULTIPOLYGON) {
                    throw new IllegalArgumentException("no polygons here");
                }
                text.append(layer.getKey()).append(' ').append(schema.srid()).append(' ').append(schema.geometryKind())
                        .append(' ').append(schema.attributes().stream().map(a -> a.name()).toList()).append('\n');
                while (layer.getValue().hasNext()) {
                    Feature f = layer.getValue().next();
                    text.append(f.id()).append(' ').append(f.geometry().getCoordinate().x).append(' ')
                            .append(f.geometry().getCoordinate().y).append(' ').append(f.attributes().get("name"))
                            .append('\n');
                    n++;
                }
            }
            Files.writeString(file, text);
            return n;
        }
    }

    private final TextFormat format = new TextFormat();
    private final MemoryFeatureSource source = WfsFixtures.source();
    private final WfsService wfs = new WfsService(source, null, List.of(format));

    @Test
    void capabilitiesAdvertiseTheFileFormatsForGetFeature() throws Exception {
        Xml x = new Xml(body(wfs.handle(kvp("SERVICE=WFS&REQUEST=GetCapabilities&ACCEPTVERSIONS=2.0.0"))));
        String values = "//ows:Operation[@name='GetFeature']/ows:Parameter[@name='outputFormat']//ows:Value";
        assertThat(x.text(values + "[.='TEST-ZIP']")).isEqualTo("TEST-ZIP");
        assertThat(x.text(values + "[.='application/x-test']")).isEqualTo("application/x-test");
        assertThat(x.count("//wfs:FeatureType[wfs:Name='eco:sites']/wfs:OutputFormats/wfs:Format[.='TEST-ZIP']"))
                .isEqualTo(1);
        Xml x11 = new Xml(body(wfs.handle(kvp("SERVICE=WFS&REQUEST=GetCapabilities&ACCEPTVERSIONS=1.1.0"))));
        assertThat(x11.count("//ows10:Operation[@name='GetFeature']/ows10:Parameter[@name='outputFormat']"
                + "/ows10:Value[.='TEST-ZIP']")).isEqualTo(1);
    }

    @Test
    void featuresArriveReprojectedWithTheChosenAttributesAndTheFileIsDeleted() throws Exception {
        // Alias, any case; Web Mercator of (130.36, 32.08): x = 111,319.4908 m/deg * 130.36 = 14,511,608.8 m
        // (see WfsServiceTest.reprojectsToTheRequestedCrs). The URN's northing-first order does not
        // apply to files: x stays east.
        OwsResponse r = wfs.handle(kvp("SERVICE=WFS&VERSION=2.0.0&REQUEST=GetFeature&TYPENAMES=eco:sites"
                + "&OUTPUTFORMAT=test-zip&SRSNAME=urn:ogc:def:crs:EPSG::3857&PROPERTYNAME=name,geom&COUNT=2"));
        assertThat(r.contentType()).isEqualTo("application/x-test");
        assertThat(r.headers()).containsEntry("Content-Disposition", "attachment; filename=\"sites.txt\"");
        Path file = format.files.get(0);
        assertThat(file).exists();
        // Everything is in the file: the reader (a pooled connection in a store) is already returned,
        // not held while the file goes to a possibly slow client.
        assertThat(source.readersOpened).isEqualTo(1);
        assertThat(source.readersClosed).isEqualTo(1);
        String text = new String(body(r), StandardCharsets.UTF_8);
        assertThat(r.headers()).containsEntry("Content-Length", Integer.toString(text.getBytes(StandardCharsets.UTF_8).length));
        String[] lines = text.split("\n");
        assertThat(lines).hasSize(3);
        assertThat(lines[0]).isEqualTo("sites 3857 POINT [name]");
        String[] first = lines[1].split(" ");
        assertThat(first[0]).isEqualTo("1");
        assertThat(Double.parseDouble(first[1])).isCloseTo(14_511_608.8, org.assertj.core.data.Offset.offset(0.1));
        assertThat(lines[1]).endsWith(" Izumi");
        assertThat(file).doesNotExist();
    }

    @Test
    void dataTheFormatCannotHoldIsAnExceptionReportAndLeavesNoFile() {
        assertThatThrownBy(() -> wfs.handle(kvp("SERVICE=WFS&VERSION=2.0.0&REQUEST=GetFeature&TYPENAMES=eco:areas"
                + "&OUTPUTFORMAT=application/x-test"))).isInstanceOfSatisfying(OgcException.class, e -> {
                    assertThat(e.code()).isEqualTo("OperationProcessingFailed");
                    assertThat(e.locator()).isEqualTo("outputFormat");
                    assertThat(e.getMessage()).contains("no polygons here");
                    assertThat(e.httpStatus()).isEqualTo(400);
                });
        assertThat(format.files.get(0)).doesNotExist();
    }

    @Test
    void unknownFormatsAreStillRejected() {
        assertThatThrownBy(() -> wfs.handle(kvp("SERVICE=WFS&VERSION=2.0.0&REQUEST=GetFeature&TYPENAMES=eco:sites"
                + "&OUTPUTFORMAT=application/x-nothing"))).isInstanceOfSatisfying(OgcException.class,
                        e -> assertThat(e.locator()).isEqualTo("outputFormat"));
    }
}
