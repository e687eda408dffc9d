package org.ecocorridor.report;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.locationtech.jts.geom.Envelope;

/**
 * Where a report's links point. Service endpoints (WMS, WFS, OGC API) may be null, then the outputs
 * table names the layers without service links (a command-line run has no server). Download links
 * are relative file names by default, as {@link ReportRenderer#writeAll} lays them out.
 *
 * <p>Immutable.
 *
 * @param wms          WMS endpoint, e.g. {@code https://host/wms}, or null
 * @param wfs          WFS endpoint, e.g. {@code https://host/wfs}, or null
 * @param ogcApi       OGC API landing page, e.g. {@code https://host/ogcapi} (collections below it), or null
 * @param tablesPrefix prefix of each table's CSV: {@code <prefix><id>.csv}, e.g. {@code tables/}
 * @param geoPackage   the GeoPackage of every output, or null when there is none
 * @param pdf          the PDF of this report, or null
 */
public record ReportLinks(String wms, String wfs, String ogcApi, String tablesPrefix, String geoPackage, String pdf) {

    public ReportLinks {
        tablesPrefix = tablesPrefix == null ? "tables/" : tablesPrefix;
    }

    /** Relative file names of a report folder: {@code tables/<id>.csv}, {@code outputs.gpkg}, {@code report.pdf}. */
    public static ReportLinks files() {
        return new ReportLinks(null, null, null, "tables/", "outputs.gpkg", "report.pdf");
    }

    /** These links with service endpoints under one base URL: {@code /wms}, {@code /wfs}, {@code /ogcapi}. */
    public ReportLinks withServices(String baseUrl) {
        String b = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        return new ReportLinks(b + "/wms", b + "/wfs", b + "/ogcapi", tablesPrefix, geoPackage, pdf);
    }

    /** The CSV of a table. */
    public String csv(String tableId) {
        return tablesPrefix + tableId + ".csv";
    }

    /**
     * A WMS 1.3.0 GetMap of one layer in CRS:84 (lon, lat order, no axis swap), 1024 px wide with the
     * bounding box's aspect ratio; null without a WMS endpoint or bounding box.
     */
    public String getMap(String layer, Envelope bboxLonLat) {
        if (wms == null || bboxLonLat == null || bboxLonLat.isNull() || bboxLonLat.getWidth() <= 0
                || bboxLonLat.getHeight() <= 0) {
            return null;
        }
        int height = (int) Math.max(1, Math.min(4096, Math.round(1024 * bboxLonLat.getHeight() / bboxLonLat.getWidth())));
        return wms + "?SERVICE=WMS&VERSION=1.3.0&REQUEST=GetMap&LAYERS=" + encode(layer) + "&STYLES=&CRS=CRS:84"
                + String.format(Locale.ROOT, "&BBOX=%s,%s,%s,%s", bboxLonLat.getMinX(), bboxLonLat.getMinY(),
                        bboxLonLat.getMaxX(), bboxLonLat.getMaxY())
                + "&WIDTH=1024&HEIGHT=" + height + "&FORMAT=image/png";
    }

    /** A WFS 2.0 GetFeature of one vector layer (GML 3.2), or null without a WFS endpoint. */
    public String getFeature(String layer) {
        return wfs == null ? null
                : wfs + "?SERVICE=WFS&VERSION=2.0.0&REQUEST=GetFeature&TYPENAMES=" + encode(layer);
    }

    /** The layer's OGC API collection, or null without an OGC API endpoint. */
    public String collection(String layer) {
        return ogcApi == null ? null : ogcApi + "/collections/" + encode(layer);
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
