package org.ecocorridor.store.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ecocorridor.store.io.csv.CsvTokenizer;
import org.ecocorridor.store.io.geojson.GeoJsonGeometryParser;
import org.ecocorridor.store.sql.ColumnInfo;
import org.ecocorridor.store.sql.SchemaInspector;
import org.ecocorridor.store.sql.SqlDialect;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Loads one demo file into its table, inside the caller's transaction.
 * <ul>
 *   <li>CSV (RFC 4180, UTF-8, header = column names; {@link CsvTokenizer} of {@code store.io}).</li>
 *   <li>GeoJSON FeatureCollection (properties = column names, geometry into {@code geom}),
 *       streamed with Jackson; geometries by {@link GeoJsonGeometryParser} of {@code store.io}.</li>
 * </ul>
 * A {@code site_code} column fills {@code site_id} of tables that have one (roles, counts) through
 * the ids of {@code flyway_sites}. A table column {@code area_km2} is computed from the geometry
 * ({@link EqualArea}), whatever the file says. Ids are generated: an {@code id} in the file is an
 * error, as is any unknown column.
 *
 * <p>Not thread-safe; one per load.
 */
final class TableFileLoader {
    private static final String SITE_CODE = "site_code";
    private static final String SITE_ID = "site_id";
    private static final String AREA = "area_km2";

    private final Connection connection;
    private final SqlDialect dialect;
    private final ObjectMapper mapper;
    private final GeoJsonGeometryParser geometryParser =
            new GeoJsonGeometryParser(new GeometryFactory(new PrecisionModel(), 4326));
    private final EqualArea equalArea = new EqualArea();
    private Map<String, Long> siteIds;

    TableFileLoader(Connection connection, SqlDialect dialect, ObjectMapper mapper) {
        this.connection = connection;
        this.dialect = dialect;
        this.mapper = mapper;
    }

    /** Loads a file by extension ({@code .csv}, {@code .geojson}/{@code .json}). @return rows inserted */
    long load(String table, Path file) throws IOException, SQLException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".csv")) {
            return loadCsv(table, file);
        }
        if (name.endsWith(".geojson") || name.endsWith(".json")) {
            return loadGeoJson(table, file);
        }
        throw new IOException("Unsupported demo file " + file + ": expected .csv or .geojson");
    }

    private long loadCsv(String table, Path file) throws IOException, SQLException {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                CsvTokenizer csv = new CsvTokenizer(reader, ',')) {
            List<String> header = csv.next();
            if (header == null) {
                return 0;
            }
            header = header.stream().map(String::trim).toList();
            try (RowInserter rows = new RowInserter(connection, dialect, table, targetColumns(table, header), false)) {
                for (List<String> record = csv.next(); record != null; record = csv.next()) {
                    String where = file.getFileName() + " line " + csv.recordLine();
                    if (record.size() != header.size()) {
                        throw new IOException(where + ": " + record.size() + " fields, header has " + header.size());
                    }
                    Map<String, Object> values = new HashMap<>();
                    for (int i = 0; i < header.size(); i++) {
                        put(values, rows, header.get(i), record.get(i), where);
                    }
                    rows.add(values, null, where);
                }
                return rows.finish();
            }
        }
    }

    private long loadGeoJson(String table, Path file) throws IOException, SQLException {
        String fileName = file.getFileName().toString();
        try (JsonParser p = mapper.createParser(file)) {
            if (!seekFeatures(p)) {
                throw new IOException(fileName + ": not a GeoJSON FeatureCollection (no \"features\" array)");
            }
            try (RowInserter rows = new RowInserter(connection, dialect, table, allColumns(table), true)) {
                long number = 0;
                while (p.nextToken() == JsonToken.START_OBJECT) {
                    String where = fileName + " feature #" + ++number;
                    Map<String, JsonNode> properties = new LinkedHashMap<>();
                    Geometry geometry = readFeature(p, properties);
                    Map<String, Object> values = new HashMap<>();
                    for (Map.Entry<String, JsonNode> e : properties.entrySet()) {
                        put(values, rows, e.getKey(), e.getValue(), where);
                    }
                    if (rows.fills(AREA) && geometry != null) {
                        values.put(AREA, equalArea.areaKm2(geometry));
                    }
                    rows.add(values, geometry, where);
                }
                return rows.finish();
            }
        } catch (JacksonException e) {
            throw new IOException(fileName + ": malformed GeoJSON: " + e.getOriginalMessage(), e);
        }
    }

    /** Advances to the START_ARRAY of the top-level "features" member. */
    private static boolean seekFeatures(JsonParser p) {
        if (p.nextToken() != JsonToken.START_OBJECT) {
            return false;
        }
        while (p.nextToken() == JsonToken.PROPERTY_NAME) {
            String member = p.currentName();
            JsonToken value = p.nextToken();
            if (member.equals("features") && value == JsonToken.START_ARRAY) {
                return true;
            }
            p.skipChildren();
        }
        return false;
    }

    private Geometry readFeature(JsonParser p, Map<String, JsonNode> properties) {
        Geometry geometry = null;
        while (p.nextToken() == JsonToken.PROPERTY_NAME) {
            String member = p.currentName();
            p.nextToken();
            if (member.equals("geometry")) {
                geometry = geometryParser.parse(p);
            } else if (member.equals("properties") && p.currentToken() == JsonToken.START_OBJECT) {
                JsonNode node = p.readValueAsTree();
                node.properties().forEach(e -> properties.put(e.getKey(), e.getValue()));
            } else {
                p.skipChildren();
            }
        }
        return geometry;
    }

    /** CSV columns: the header, with site_code read into site_id where the table has no site_code. */
    private List<String> targetColumns(String table, List<String> header) throws SQLException {
        List<String> existing = columnNames(table);
        List<String> target = new ArrayList<>();
        for (String column : header) {
            rejectId(table, column);
            target.add(column.equals(SITE_CODE) && !existing.contains(SITE_CODE) ? SITE_ID : column);
        }
        if (existing.contains(AREA) && !target.contains(AREA)) {
            target.add(AREA);
        }
        return target;
    }

    /** GeoJSON columns: every column but the generated id and the geometry (absent properties = null). */
    private List<String> allColumns(String table) throws SQLException {
        return columnNames(table).stream()
                .filter(c -> !c.equals("id") && !c.equals(RowInserter.GEOMETRY_COLUMN)).toList();
    }

    private List<String> columnNames(String table) throws SQLException {
        return SchemaInspector.columns(connection, table).stream().map(ColumnInfo::name).toList();
    }

    private static void rejectId(String table, String column) {
        if (column.equals("id")) {
            throw new IllegalArgumentException("Demo data for \"" + table + "\" must not give ids (they are generated)");
        }
    }

    private void put(Map<String, Object> values, RowInserter rows, String column, Object raw, String where)
            throws SQLException {
        if (column.equals(SITE_CODE) && !rows.fills(SITE_CODE)) {
            String code = raw instanceof JsonNode n ? n.asString() : (String) raw;
            values.put(SITE_ID, siteId(code, where));
            return;
        }
        if (column.equals("id") || !rows.fills(column)) {
            throw new IllegalArgumentException(where + ": " + (column.equals("id")
                    ? "ids are generated, remove \"id\"" : "unknown column \"" + column + "\""));
        }
        try {
            values.put(column, raw instanceof JsonNode n ? ValueParser.fromJson(n, rows.type(column))
                    : ValueParser.fromText((String) raw, rows.type(column)));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + ", column " + column + ": " + e.getMessage(), e);
        }
    }

    private long siteId(String code, String where) throws SQLException {
        if (siteIds == null) {
            siteIds = new HashMap<>();
            try (PreparedStatement ps = connection.prepareStatement("SELECT site_code, id FROM flyway_sites");
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    siteIds.put(rs.getString(1), rs.getLong(2));
                }
            }
        }
        Long id = siteIds.get(code);
        if (id == null) {
            throw new IllegalArgumentException(where + ": unknown site_code \"" + code
                    + "\" (not in flyway_sites; load flyway_sites first)");
        }
        return id;
    }
}
