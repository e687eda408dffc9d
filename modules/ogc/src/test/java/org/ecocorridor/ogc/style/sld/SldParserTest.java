package org.ecocorridor.ogc.style.sld;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ecocorridor.ogc.testing.TestFeatures.feature;

import java.awt.Color;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.ecocorridor.ogc.style.ColorMap;
import org.ecocorridor.ogc.style.ExternalGraphic;
import org.ecocorridor.ogc.style.LinePlacement;
import org.ecocorridor.ogc.style.LineSymbolizer;
import org.ecocorridor.ogc.style.Mark;
import org.ecocorridor.ogc.style.NamedStyle;
import org.ecocorridor.ogc.style.PointPlacement;
import org.ecocorridor.ogc.style.PointSymbolizer;
import org.ecocorridor.ogc.style.PolygonSymbolizer;
import org.ecocorridor.ogc.style.RasterSymbolizer;
import org.ecocorridor.ogc.style.Rule;
import org.ecocorridor.ogc.style.Stroke;
import org.ecocorridor.ogc.style.StyledLayerDescriptor;
import org.ecocorridor.ogc.style.TextSymbolizer;
import org.ecocorridor.ogc.style.UnitOfMeasure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SldParserTest {
    private final SldParser parser = new SldParser();

    private static final String SLD10 = """
            <?xml version="1.0" encoding="UTF-8"?>
            <StyledLayerDescriptor version="1.0.0" xmlns="http://www.opengis.net/sld"
                xmlns:ogc="http://www.opengis.net/ogc" xmlns:xlink="http://www.w3.org/1999/xlink">
              <NamedLayer>
                <Name>roads</Name>
                <UserStyle>
                  <Name>roads</Name>
                  <Title>Main roads</Title>
                  <IsDefault>1</IsDefault>
                  <FeatureTypeStyle>
                    <Rule>
                      <Name>motorway</Name>
                      <Title>Motorway</Title>
                      <ogc:Filter>
                        <ogc:And>
                          <ogc:PropertyIsEqualTo><ogc:PropertyName>kind</ogc:PropertyName><ogc:Literal>road</ogc:Literal></ogc:PropertyIsEqualTo>
                          <ogc:PropertyIsGreaterThanOrEqualTo><ogc:PropertyName>lanes</ogc:PropertyName><ogc:Literal>4</ogc:Literal></ogc:PropertyIsGreaterThanOrEqualTo>
                        </ogc:And>
                      </ogc:Filter>
                      <MinScaleDenominator>1000</MinScaleDenominator>
                      <MaxScaleDenominator>5000000</MaxScaleDenominator>
                      <LineSymbolizer>
                        <Stroke>
                          <CssParameter name="stroke">#FF8000</CssParameter>
                          <CssParameter name="stroke-width">3.5</CssParameter>
                          <CssParameter name="stroke-opacity">0.5</CssParameter>
                          <CssParameter name="stroke-dasharray">6 2</CssParameter>
                          <CssParameter name="stroke-linejoin">round</CssParameter>
                          <CssParameter name="stroke-linecap">square</CssParameter>
                        </Stroke>
                      </LineSymbolizer>
                      <TextSymbolizer>
                        <Label>Road <ogc:PropertyName>ref</ogc:PropertyName></Label>
                        <Font>
                          <CssParameter name="font-family">DejaVu Sans, SansSerif</CssParameter>
                          <CssParameter name="font-size">11</CssParameter>
                          <CssParameter name="font-weight">bold</CssParameter>
                        </Font>
                        <LabelPlacement><LinePlacement><PerpendicularOffset>4</PerpendicularOffset></LinePlacement></LabelPlacement>
                        <Halo><Radius>2</Radius><Fill><CssParameter name="fill">#FFFFFF</CssParameter></Fill></Halo>
                      </TextSymbolizer>
                    </Rule>
                    <Rule>
                      <ElseFilter/>
                      <PolygonSymbolizer>
                        <Fill><CssParameter name="fill">#00FF00</CssParameter><CssParameter name="fill-opacity">0.25</CssParameter></Fill>
                      </PolygonSymbolizer>
                      <PointSymbolizer>
                        <Graphic>
                          <Mark><WellKnownName>star</WellKnownName><Stroke><CssParameter name="stroke">#000000</CssParameter></Stroke></Mark>
                          <Size><ogc:Mul><ogc:PropertyName>capacity</ogc:PropertyName><ogc:Literal>0.1</ogc:Literal></ogc:Mul></Size>
                          <Rotation>45</Rotation>
                        </Graphic>
                      </PointSymbolizer>
                    </Rule>
                  </FeatureTypeStyle>
                </UserStyle>
              </NamedLayer>
            </StyledLayerDescriptor>
            """;

    @Test
    void readsSld10RulesFiltersScalesAndSymbolizers() {
        StyledLayerDescriptor sld = parser.parse(SLD10);
        assertThat(sld.layers()).hasSize(1);
        assertThat(sld.layers().get(0).layerName()).isEqualTo("roads");
        NamedStyle style = sld.defaultStyle().orElseThrow();
        assertThat(style.name()).isEqualTo("roads");
        assertThat(style.isDefault()).isTrue();
        assertThat(style.title()).isEqualTo("Main roads");

        Rule motorway = style.rules().get(0);
        assertThat(motorway.name()).isEqualTo("motorway");
        assertThat(motorway.minScaleDenominator()).isEqualTo(1000.0);
        assertThat(motorway.maxScaleDenominator()).isEqualTo(5_000_000.0);
        assertThat(motorway.filter().test(feature(null, "kind", "road", "lanes", 4L))).isTrue();
        assertThat(motorway.filter().test(feature(null, "kind", "road", "lanes", 2L))).isFalse();

        Stroke stroke = ((LineSymbolizer) motorway.symbolizers().get(0)).stroke();
        assertThat(stroke.color()).isEqualTo(new Color(0xFF8000));
        assertThat(stroke.width()).isEqualTo(3.5);
        assertThat(stroke.opacity()).isEqualTo(0.5);
        assertThat(stroke.dashArray()).containsExactly(6.0, 2.0);
        assertThat(stroke.lineJoin()).isEqualTo(Stroke.LineJoin.ROUND);
        assertThat(stroke.lineCap()).isEqualTo(Stroke.LineCap.SQUARE);

        TextSymbolizer text = (TextSymbolizer) motorway.symbolizers().get(1);
        assertThat(text.label().evaluateText(feature(null, "ref", "G12"))).isEqualTo("Road G12");
        assertThat(text.font().families()).containsExactly("DejaVu Sans", "SansSerif");
        assertThat(text.font().bold()).isTrue();
        assertThat(text.font().size()).isEqualTo(11.0);
        assertThat(text.placement()).isEqualTo(new LinePlacement(4));
        assertThat(text.halo().radius()).isEqualTo(2.0);
        assertThat(text.halo().fill().color()).isEqualTo(Color.WHITE);

        Rule other = style.rules().get(1);
        assertThat(other.elseFilter()).isTrue();
        PolygonSymbolizer polygon = (PolygonSymbolizer) other.symbolizers().get(0);
        assertThat(polygon.fill().opacity()).isEqualTo(0.25);
        assertThat(polygon.stroke()).isNull();
        PointSymbolizer point = (PointSymbolizer) other.symbolizers().get(1);
        Mark mark = (Mark) point.graphic().symbols().get(0);
        assertThat(mark.wellKnownName()).isEqualTo("star");
        assertThat(mark.fill()).as("a mark with only a stroke is hollow").isNull();
        assertThat(point.graphic().size().evaluateDouble(feature(null, "capacity", 120L), 0)).isEqualTo(12.0);
        assertThat(point.graphic().rotation().evaluateDouble(feature(null), 0)).isEqualTo(45.0);
    }

    @Test
    void readsSe11FeatureTypeStyleWithSvgParametersAndUom() {
        String se = """
                <se:FeatureTypeStyle xmlns:se="http://www.opengis.net/se" xmlns:ogc="http://www.opengis.net/ogc"
                    version="1.1.0">
                  <se:Name>sites</se:Name>
                  <se:Description><se:Title>Flyway sites</se:Title></se:Description>
                  <se:Rule>
                    <se:Name>ramsar</se:Name>
                    <se:Description><se:Title>Ramsar site</se:Title><se:Abstract>Listed</se:Abstract></se:Description>
                    <ogc:Filter><ogc:PropertyIsEqualTo><ogc:PropertyName>ramsar</ogc:PropertyName>
                      <ogc:Literal>true</ogc:Literal></ogc:PropertyIsEqualTo></ogc:Filter>
                    <se:PointSymbolizer uom="http://www.opengeospatial.org/se/units/metre">
                      <se:Graphic>
                        <se:Mark><se:WellKnownName>circle</se:WellKnownName>
                          <se:Fill><se:SvgParameter name="fill">#1565C0</se:SvgParameter></se:Fill></se:Mark>
                        <se:Size>500</se:Size>
                        <se:AnchorPoint><se:AnchorPointX>0.5</se:AnchorPointX><se:AnchorPointY>0</se:AnchorPointY></se:AnchorPoint>
                        <se:Displacement><se:DisplacementX>1</se:DisplacementX><se:DisplacementY>2</se:DisplacementY></se:Displacement>
                      </se:Graphic>
                    </se:PointSymbolizer>
                    <se:TextSymbolizer>
                      <se:Label><ogc:PropertyName>name</ogc:PropertyName></se:Label>
                      <se:LabelPlacement><se:PointPlacement>
                        <se:AnchorPoint><se:AnchorPointX>0.5</se:AnchorPointX><se:AnchorPointY>1</se:AnchorPointY></se:AnchorPoint>
                        <se:Displacement><se:DisplacementX>0</se:DisplacementX><se:DisplacementY>-6</se:DisplacementY></se:Displacement>
                      </se:PointPlacement></se:LabelPlacement>
                    </se:TextSymbolizer>
                  </se:Rule>
                </se:FeatureTypeStyle>
                """;
        StyledLayerDescriptor sld = parser.parse(se);
        NamedStyle style = sld.defaultStyle().orElseThrow();
        assertThat(style.name()).isEqualTo("sites");
        Rule rule = style.rules().get(0);
        assertThat(rule.title()).isEqualTo("Ramsar site");
        assertThat(rule.abstractText()).isEqualTo("Listed");
        assertThat(rule.filter().test(feature(null, "ramsar", true))).isTrue();
        PointSymbolizer ps = (PointSymbolizer) rule.symbolizers().get(0);
        assertThat(ps.uom()).isEqualTo(UnitOfMeasure.METRE);
        assertThat(ps.graphic().anchorY()).isEqualTo(0.0);
        assertThat(ps.graphic().displacementY()).isEqualTo(2.0);
        assertThat(((Mark) ps.graphic().symbols().get(0)).fill().color()).isEqualTo(new Color(0x1565C0));
        TextSymbolizer ts = (TextSymbolizer) rule.symbolizers().get(1);
        assertThat(ts.placement()).isEqualTo(new PointPlacement(0.5, 1, 0, -6, 0));
    }

    @Test
    void readsColorMapTypesOfSld10AndSe11() {
        String sld = """
                <StyledLayerDescriptor version="1.0.0" xmlns="http://www.opengis.net/sld">
                  <NamedLayer><Name>landcover</Name><UserStyle><FeatureTypeStyle><Rule>
                    <RasterSymbolizer><Opacity>0.8</Opacity>
                      <ColorMap type="values">
                        <ColorMapEntry color="#4A90D9" quantity="1" label="water"/>
                        <ColorMapEntry color="#7FC6BC" quantity="2" label="wetland" opacity="0.5"/>
                      </ColorMap>
                    </RasterSymbolizer>
                  </Rule></FeatureTypeStyle></UserStyle></NamedLayer>
                </StyledLayerDescriptor>
                """;
        RasterSymbolizer rs = (RasterSymbolizer) parser.parse(sld).defaultStyle().orElseThrow().rules().get(0)
                .symbolizers().get(0);
        assertThat(rs.opacity()).isEqualTo(0.8);
        assertThat(rs.colorMap().type()).isEqualTo(ColorMap.Type.VALUES);
        assertThat(rs.colorMap().entries().get(1).label()).isEqualTo("wetland");
        assertThat(rs.colorMap().entries().get(1).opacity()).isEqualTo(0.5);

        String se = """
                <se:CoverageStyle xmlns:se="http://www.opengis.net/se"><se:Rule><se:RasterSymbolizer>
                  <se:ColorMap><se:Categorize fallbackValue="#000000">
                    <se:LookupValue>Rasterdata</se:LookupValue>
                    <se:Value>#FF0000</se:Value><se:Threshold>10</se:Threshold>
                    <se:Value>#00FF00</se:Value><se:Threshold>20</se:Threshold>
                    <se:Value>#0000FF</se:Value>
                  </se:Categorize></se:ColorMap>
                </se:RasterSymbolizer></se:Rule></se:CoverageStyle>
                """;
        ColorMap categorize = ((RasterSymbolizer) parser.parse(se).defaultStyle().orElseThrow().rules().get(0)
                .symbolizers().get(0)).colorMap();
        // SE 1.1 §11.6.2: v < 10 → first value, 10 ≤ v < 20 → second, v ≥ 20 → third
        assertThat(categorize.type()).isEqualTo(ColorMap.Type.INTERVALS);
        assertThat(categorize.argb(9.99)).isEqualTo(0xFFFF0000);
        assertThat(categorize.argb(10)).isEqualTo(0xFF00FF00);
        assertThat(categorize.argb(1e9)).isEqualTo(0xFF0000FF);
    }

    @Test
    void resolvesRelativeGraphicLinksAgainstTheDocument(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("wind.sld");
        Files.writeString(file, """
                <StyledLayerDescriptor version="1.0.0" xmlns="http://www.opengis.net/sld"
                    xmlns:xlink="http://www.w3.org/1999/xlink">
                  <NamedLayer><Name>wind_farms</Name><UserStyle><FeatureTypeStyle><Rule><PointSymbolizer><Graphic>
                    <ExternalGraphic><OnlineResource xlink:type="simple" xlink:href="graphics/turbine.png"/>
                      <Format>image/png</Format></ExternalGraphic>
                    <Mark><WellKnownName>triangle</WellKnownName></Mark>
                  </Graphic></PointSymbolizer></Rule></FeatureTypeStyle></UserStyle></NamedLayer>
                </StyledLayerDescriptor>
                """);
        PointSymbolizer ps = (PointSymbolizer) parser.parse(file).defaultStyle().orElseThrow().rules().get(0)
                .symbolizers().get(0);
        ExternalGraphic eg = (ExternalGraphic) ps.graphic().symbols().get(0);
        assertThat(eg.location()).isEqualTo(dir.toAbsolutePath().resolve("graphics/turbine.png").toUri());
        assertThat(eg.format()).isEqualTo("image/png");
        assertThat(ps.graphic().symbols().get(1)).isEqualTo(new Mark("triangle", org.ecocorridor.ogc.style.Fill.DEFAULT,
                Stroke.DEFAULT));
    }

    @Test
    void refusesDoctypeAndExternalEntities(@TempDir Path dir) throws Exception {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET");
        String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE s [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>\n"
                + "<StyledLayerDescriptor version=\"1.0.0\" xmlns=\"http://www.opengis.net/sld\"><Name>&xxe;</Name>"
                + "</StyledLayerDescriptor>";
        assertThatThrownBy(() -> parser.parse(xxe))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("line")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("TOP-SECRET"));
        String bomb = "<?xml version=\"1.0\"?>\n<!DOCTYPE s [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;\">]>\n"
                + "<StyledLayerDescriptor xmlns=\"http://www.opengis.net/sld\"><Name>&b;</Name></StyledLayerDescriptor>";
        assertThatThrownBy(() -> parser.parse(bomb)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void errorNamesElementAndLine() {
        String bad = """
                <StyledLayerDescriptor version="1.0.0" xmlns="http://www.opengis.net/sld">
                  <NamedLayer><Name>x</Name><UserStyle><FeatureTypeStyle><Rule>
                    <LineSymbolizer>
                      <Stroke>
                        <CssParameter name="stroke-width">wide</CssParameter>
                      </Stroke>
                    </LineSymbolizer>
                  </Rule></FeatureTypeStyle></UserStyle></NamedLayer>
                </StyledLayerDescriptor>
                """;
        assertThatThrownBy(() -> parser.parse(bad))
                .isInstanceOf(SldParseException.class)
                .hasMessageContaining("line 5")
                .hasMessageContaining("<CssParameter>")
                .hasMessageContaining("wide")
                .satisfies(e -> assertThat(((SldParseException) e).line()).isEqualTo(5));
    }

    @Test
    void recordValidationFailuresAreLocatedToo() {
        String negative = """
                <StyledLayerDescriptor version="1.0.0" xmlns="http://www.opengis.net/sld">
                  <NamedLayer><Name>x</Name><UserStyle><FeatureTypeStyle><Rule>
                    <LineSymbolizer><Stroke><CssParameter name="stroke-width">-2</CssParameter></Stroke></LineSymbolizer>
                  </Rule></FeatureTypeStyle></UserStyle></NamedLayer>
                </StyledLayerDescriptor>
                """;
        assertThatThrownBy(() -> parser.parse(negative)).isInstanceOf(SldParseException.class)
                .hasMessageContaining("line 3").hasMessageContaining("stroke-width must be positive");
    }

    @Test
    void spatialFiltersAreRefusedByName() {
        String sld = """
                <StyledLayerDescriptor version="1.0.0" xmlns="http://www.opengis.net/sld" xmlns:ogc="http://www.opengis.net/ogc">
                  <NamedLayer><Name>x</Name><UserStyle><FeatureTypeStyle><Rule>
                    <ogc:Filter><ogc:BBOX><ogc:PropertyName>geom</ogc:PropertyName></ogc:BBOX></ogc:Filter>
                    <LineSymbolizer/>
                  </Rule></FeatureTypeStyle></UserStyle></NamedLayer>
                </StyledLayerDescriptor>
                """;
        assertThatThrownBy(() -> parser.parse(sld)).isInstanceOf(SldParseException.class)
                .hasMessageContaining("spatial operator BBOX");
    }

    @Test
    void rejectsDocumentsThatAreNotStyles() {
        assertThatThrownBy(() -> parser.parse("<html xmlns=\"http://www.w3.org/1999/xhtml\"/>"))
                .isInstanceOf(SldParseException.class).hasMessageContaining("not an SLD or SE document");
        assertThatThrownBy(() -> parser.parse("<StyledLayerDescriptor")).isInstanceOf(SldParseException.class);
    }

    @Test
    void skipsForeignVendorElements() {
        String sld = """
                <StyledLayerDescriptor version="1.0.0" xmlns="http://www.opengis.net/sld" xmlns:v="urn:vendor">
                  <NamedLayer><Name>x</Name><UserStyle><FeatureTypeStyle><Rule>
                    <v:Extension><v:Anything deep="true"/></v:Extension>
                    <LineSymbolizer/>
                  </Rule></FeatureTypeStyle></UserStyle></NamedLayer>
                </StyledLayerDescriptor>
                """;
        List<Rule> rules = parser.parse(sld).defaultStyle().orElseThrow().rules();
        assertThat(rules.get(0).symbolizers()).containsExactly(new LineSymbolizer(Stroke.DEFAULT, UnitOfMeasure.PIXEL));
    }

    @Test
    void parsesFromStreamWithoutBase() {
        var in = new java.io.ByteArrayInputStream(SLD10.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(parser.parse(in, (URI) null).style("roads")).isPresent();
    }
}
