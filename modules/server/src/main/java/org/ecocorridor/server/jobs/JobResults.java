package org.ecocorridor.server.jobs;

import java.util.Locale;
import org.ecocorridor.core.catalog.LayerInfo;
import org.ecocorridor.core.catalog.LayerKind;
import org.ecocorridor.store.catalog.LayerCatalog;
import org.locationtech.jts.geom.Envelope;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The results document of a successful job (OGC 18-062r2 {@code results.yaml}): each scalar output by
 * name with its value, and each published layer by its output name ({@code run_42_corridors} →
 * {@code corridors}) as a reference: {@code href} (GeoJSON for vectors, a WMS map for rasters), type,
 * title, and links to the layer in WMS, WMTS/XYZ tiles, WFS and the REST catalog. Stateless.
 */
final class JobResults {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    /** Width of the preview map linked for rasters, px; the height follows the bbox's aspect ratio. */
    private static final int PREVIEW_WIDTH = 768;

    private JobResults() {
    }

    /**
     * @param stored the {@code results} column: {@code {"summary", "layers": [...], "values": {...}}}
     */
    static ObjectNode document(long runId, JsonNode stored, LayerCatalog catalog, String base) {
        ObjectNode doc = F.objectNode();
        JsonNode values = stored.path("values");
        for (var e : values.properties()) {
            doc.set(e.getKey(), e.getValue());
        }
        String prefix = "run_" + runId + "_";
        for (JsonNode n : stored.path("layers")) {
            String name = n.asString();
            String output = name.startsWith(prefix) ? name.substring(prefix.length()) : name;
            catalog.get(name).ifPresent(entry -> doc.set(output, reference(entry.info(), base)));
        }
        return doc;
    }

    private static ObjectNode reference(LayerInfo layer, String base) {
        ObjectNode r = F.objectNode();
        String n = layer.name();
        boolean vector = layer.kind() == LayerKind.VECTOR;
        String map = getMap(layer, base);
        if (vector || map == null) {
            r.put("href", base + "/api/layers/" + n + "/data?format=geojson");
            r.put("type", "application/geo+json");
        } else {
            r.put("href", map);
            r.put("type", "image/png");
        }
        r.put("title", layer.title());
        r.put("layer", n);
        ArrayNode links = r.putArray("links");
        ProcessesJson.link(links, base + "/api/layers/" + n, "describedby", "application/json", "Catalog entry");
        ProcessesJson.link(links, base + "/wms?SERVICE=WMS&VERSION=1.3.0&REQUEST=GetCapabilities", "wms",
                "application/vnd.ogc.wms_xml", "WMS (layer " + n + ")");
        if (map != null) {
            ProcessesJson.link(links, map, "preview", "image/png", "WMS map of the layer");
        }
        ProcessesJson.link(links, base + "/wmts/1.0.0/WMTSCapabilities.xml", "wmts", "application/xml",
                "WMTS (layer " + n + ")");
        ProcessesJson.link(links, base + "/tiles/" + n + "/{z}/{x}/{y}.png", "tiles", "image/png",
                "XYZ tiles (Web Mercator)");
        if (vector) {
            ProcessesJson.link(links, base + "/wfs?SERVICE=WFS&VERSION=2.0.0&REQUEST=GetFeature&TYPENAMES=eco:" + n
                    + "&OUTPUTFORMAT=application/json", "wfs", "application/json", "WFS GetFeature");
            ProcessesJson.link(links, base + "/api/layers/" + n + "/data?format=gpkg", "enclosure",
                    "application/geopackage+sqlite3", "GeoPackage download");
        }
        return r;
    }

    /** A WMS 1.3.0 GetMap of the whole layer in CRS:84 (x = longitude), or null for an empty layer. */
    private static String getMap(LayerInfo layer, String base) {
        Envelope b = layer.bbox();
        if (b == null || b.isNull() || b.getWidth() <= 0 || b.getHeight() <= 0) {
            return null;
        }
        int height = (int) Math.max(1, Math.min(4096, Math.round(PREVIEW_WIDTH * b.getHeight() / b.getWidth())));
        return String.format(Locale.ROOT, "%s/wms?SERVICE=WMS&VERSION=1.3.0&REQUEST=GetMap&LAYERS=%s&STYLES="
                + "&CRS=CRS:84&BBOX=%s,%s,%s,%s&WIDTH=%d&HEIGHT=%d&FORMAT=image/png&TRANSPARENT=TRUE", base,
                layer.name(), b.getMinX(), b.getMinY(), b.getMaxX(), b.getMaxY(), PREVIEW_WIDTH, height);
    }
}
