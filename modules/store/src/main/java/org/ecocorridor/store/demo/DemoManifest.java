package org.ecocorridor.store.demo;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * {@code data/manifest.json}: the demo dataset's contract (format in {@code data/README.md} and
 * docs/data-model.md). Immutable.
 *
 * @param name       dataset name
 * @param version    dataset version
 * @param disclaimer text shown with the data
 * @param tables     table files, loaded in this order
 * @param rasters    raster files
 * @param layers     catalog entries
 */
record DemoManifest(String name, String version, String disclaimer, List<TableFile> tables,
        List<RasterFile> rasters, List<LayerEntry> layers) {

    DemoManifest {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(version, "version");
        tables = List.copyOf(tables);
        rasters = List.copyOf(rasters);
        layers = List.copyOf(layers);
    }

    /** A CSV or GeoJSON file feeding a table. */
    record TableFile(String table, String file) {
    }

    /** A GeoTIFF stored as a raster. */
    record RasterFile(String name, String file, String title, String abstractText, String legend) {
    }

    /**
     * A catalog layer; {@code source} is a table, a view or a raster name; {@code time} an optional
     * time column (not in the base format: detected when absent).
     */
    record LayerEntry(String name, String title, String abstractText, List<String> keywords, String source,
            String style, boolean sensitive, boolean editable, String time) {
    }

    /** {@code name@version}, as recorded in {@code store_metadata}. */
    String id() {
        return name + "@" + version;
    }

    static DemoManifest read(Path file, ObjectMapper mapper) throws IOException {
        JsonNode root;
        try {
            root = mapper.readTree(file.toFile());
        } catch (JacksonException e) {
            throw new IOException("Malformed demo manifest " + file + ": " + e.getOriginalMessage(), e);
        }
        List<TableFile> tables = new ArrayList<>();
        for (JsonNode t : root.path("tables")) {
            tables.add(new TableFile(required(t, "table", file), required(t, "file", file)));
        }
        List<RasterFile> rasters = new ArrayList<>();
        for (JsonNode r : root.path("rasters")) {
            rasters.add(new RasterFile(required(r, "name", file), required(r, "file", file), text(r, "title"),
                    text(r, "abstract"), text(r, "legend")));
        }
        List<LayerEntry> layers = new ArrayList<>();
        for (JsonNode l : root.path("layers")) {
            List<String> keywords = new ArrayList<>();
            l.path("keywords").forEach(k -> keywords.add(k.asString()));
            layers.add(new LayerEntry(required(l, "name", file), text(l, "title"), text(l, "abstract"), keywords,
                    required(l, "source", file), text(l, "style"), l.path("sensitive").asBoolean(false),
                    l.path("editable").asBoolean(false), text(l, "time")));
        }
        return new DemoManifest(required(root, "name", file), required(root, "version", file),
                text(root, "disclaimer"), tables, rasters, layers);
    }

    private static String required(JsonNode node, String key, Path file) throws IOException {
        String value = text(node, key);
        if (value == null || value.isBlank()) {
            throw new IOException("Demo manifest " + file + ": missing \"" + key + "\" in " + node);
        }
        return value;
    }

    private static String text(JsonNode node, String key) {
        JsonNode v = node.get(key);
        return v == null || v.isNull() ? null : v.asString();
    }
}
