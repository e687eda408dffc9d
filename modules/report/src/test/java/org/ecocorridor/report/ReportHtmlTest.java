package org.ecocorridor.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

class ReportHtmlTest {
    private static final String T = "\u2009";
    private static String html;
    private static Document doc;
    private static XPath xpath;

    @BeforeAll
    static void render() throws Exception {
        ReportRenderer renderer = SampleReports.renderer(PdfFonts.none());
        html = renderer.html(SampleReports.corridorRun(), ReportLinks.files().withServices("https://eco.example/"));
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(false); // XPath without prefixes; well-formedness is checked all the same
        doc = f.newDocumentBuilder().parse(new InputSource(new StringReader(html)));
        xpath = XPathFactory.newInstance().newXPath();
    }

    private static List<String> texts(String expression) throws Exception {
        NodeList nodes = (NodeList) xpath.evaluate(expression, doc, XPathConstants.NODESET);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add(nodes.item(i).getTextContent());
        }
        return out;
    }

    @Test
    void isOneWellFormedXhtmlDocumentWithItsStylesInline() throws Exception {
        assertThat(doc.getDocumentElement().getAttribute("xmlns")).isEqualTo("http://www.w3.org/1999/xhtml");
        assertThat(texts("//head/style")).singleElement().asString().contains("@page").contains("size: A4");
        assertThat(texts("//link")).isEmpty(); // nothing external
        assertThat(html).doesNotContain("src=\"http");
    }

    @Test
    void figuresAreNumberedAndEmbeddedAsPngDataUris() throws Exception {
        assertThat(texts("//figcaption/b")).containsExactly("Figure 1 — ", "Figure 2 — ", "Figure 3 — ");
        assertThat(texts("//figcaption").get(0)).isEqualTo("Figure 1 — Least-cost corridors for Amur leopard. "
                + "Corridors over countries and protected areas; NLCC truncated at 200 000 cost-weighted m.");
        List<String> sources = texts("//figure/img/@src");
        assertThat(sources).hasSize(3).allMatch(s -> s.startsWith("data:image/png;base64,"));
        BufferedImage map = ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(
                sources.get(0).substring("data:image/png;base64,".length()))));
        assertThat(map.getWidth()).isEqualTo(1600);
        assertThat(map.getHeight()).isEqualTo(1000);
    }

    @Test
    void tablesAreNumberedWithUnitsInTheirHeaders() throws Exception {
        assertThat(texts("//p[@class='caption']/b")).containsExactly("Table 1 — ", "Table 2 — ", "Table 3 — ");
        assertThat(texts("//p[@id='table-links']")).singleElement().asString()
                .isEqualTo("Table 1 — Links between core areas. CSV");
        assertThat(texts("//p[@id='table-links']/a/@href")).containsExactly("tables/links.csv");
        assertThat(texts("//p[@id='table-links']/following-sibling::table[1]/thead/tr/th"))
                .contains("Euclidean distance (km)", "cost-weighted distance (cost-weighted m)");
    }

    @Test
    void everyRowOfTheSmallTablesIsShown() throws Exception {
        List<String> links = texts("//p[@id='table-links']/following-sibling::table[1]/tbody/tr");
        assertThat(links).hasSize(3);
        // four significant digits at each column's largest value: Euclidean 87.4 -> 2 decimals,
        // LCP length 120.125 -> 1 decimal, CWD 401 118 -> 0 decimals (half up: 182 345.5 -> 182 346)
        assertThat(links.get(0)).contains("Hunchun", "Land of the Leopard", "182" + T + "346", "48.20", "61.8");
        assertThat(links.get(1)).contains("Kedrovaya Pad, east", "95" + T + "020", "12.03");
        assertThat(links.get(2)).contains("Wangqing", "401" + T + "118", "—");
        List<String> shares = texts("//p[@id='table-country_shares']/following-sibling::table[1]/tbody/tr");
        // area: largest 1756.75 -> 0 decimals; share: largest 58.73 -> 2 decimals; crossings are integers
        assertThat(shares).containsExactly("China123541.272", "Russia175758.732");
    }

    @Test
    void longTablesShowTheirFirstRowsAndPointToTheCsv() throws Exception {
        List<String> rows = texts("//p[@id='table-patches']/following-sibling::table[1]/tbody/tr");
        assertThat(rows).hasSize(HtmlReportWriter.MAX_ROWS + 1);
        assertThat(rows.get(0)).startsWith("patch 1");
        assertThat(rows.get(HtmlReportWriter.MAX_ROWS - 1)).startsWith("patch 200");
        assertThat(rows.get(HtmlReportWriter.MAX_ROWS)).isEqualTo("… 50 more rows in patches.csv");
    }

    @Test
    void metadataBoxParametersAndHashedInputs() throws Exception {
        String box = texts("//div[@class='meta']").get(0);
        assertThat(box).contains("Job7", "Submitted byalice", "Statussuccessful", "Duration3 min 05 s",
                "SoftwareEcocorridor 0.1.0-SNAPSHOT (git abc1234)", "Submitted2026-11-21 10:00:00 UTC");
        assertThat(texts("//h2")).startsWith("1 Request and data", "2 Outputs and downloads", "3 Corridors");
        assertThat(html).contains("<td>cellSizeMetres</td><td>250</td>")
                .contains("<td>cores</td><td>[Hunchun, Land of the Leopard]</td>");
        assertThat(texts("//span[contains(@class,'hash-short')]/@title"))
                .contains("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08");
        assertThat(texts("//span[contains(@class,'hash-short')]")).contains("9f86d081884c…");
    }

    @Test
    void outputsLinkToTheServicesAndDownloads() throws Exception {
        List<String> hrefs = texts("//section[2]//a/@href");
        assertThat(hrefs).contains("https://eco.example/wfs?SERVICE=WFS&VERSION=2.0.0&REQUEST=GetFeature&TYPENAMES=run_7_lcp",
                "https://eco.example/ogcapi/collections/run_7_corridors", "tables/links.csv",
                "tables/country_shares.csv", "tables/patches.csv", "outputs.gpkg", "report.pdf");
        // GetMap in CRS:84 over the layer's catalog bbox (lon 130.2..131.7, lat 42.6..43.6): 1024 × 683 px
        assertThat(hrefs).contains("https://eco.example/wms?SERVICE=WMS&VERSION=1.3.0&REQUEST=GetMap&LAYERS=run_7_corridors"
                + "&STYLES=&CRS=CRS:84&BBOX=130.2,42.6,131.7,43.6&WIDTH=1024&HEIGHT=683&FORMAT=image/png");
        // a raster has no WFS link
        assertThat(hrefs).noneMatch(h -> h.contains("TYPENAMES=run_7_corridors"));
    }

    @Test
    void checksCarryBadgesAndMethodNotesNumberedFormulasAndReferences() throws Exception {
        assertThat(texts("//span[starts-with(@class,'badge')]/@class")).containsExactly("badge pass", "badge warn",
                "badge fail");
        assertThat(html).contains("1 passed, 1 warning, 1 failed.");
        assertThat(texts("//table[@class='formula']//td[@class='eq']"))
                .containsExactly("NLCC = CWDA + CWDB − LCDAB", "r = √(x² + y²)");
        assertThat(texts("//td[@class='eq']/sub")).containsExactly("A", "B", "AB");
        assertThat(texts("//td[@class='eqno']")).containsExactly("(1)", "(2)");
        assertThat(texts("//ol[@class='references']/li")).hasSize(2).first().asString()
                .startsWith("McRae, B. H.").endsWith("https://linkagemapper.org");
        assertThat(texts("//p[@class='sources']")).containsExactly("Sources: [1], [2]");
    }
}
