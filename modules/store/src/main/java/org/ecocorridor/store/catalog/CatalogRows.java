package org.ecocorridor.store.catalog;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.ecocorridor.core.catalog.LayerInfo;
import org.ecocorridor.core.catalog.LayerKind;
import org.ecocorridor.core.catalog.TimeExtent;
import org.ecocorridor.core.feature.GeometryKind;
import org.ecocorridor.store.sql.JdbcValues;
import org.locationtech.jts.geom.Envelope;

/**
 * Maps {@link CatalogEntry} to and from rows of {@code layers}. Keywords are stored
 * comma-separated, so a keyword may not contain a comma.
 *
 * <p>Thread-safe (stateless).
 */
final class CatalogRows {
    static final String SELECT = "SELECT name, title, abstract, keywords, kind, source_table, raster_name,"
            + " id_column, geometry_column, geometry_type, srid, default_style, min_x, min_y, max_x, max_y,"
            + " feature_count, time_column, time_start, time_end, sensitive, editable, owner, run_id,"
            + " created_at, updated_at, owner_only FROM layers";

    private static final String INSERT = "INSERT INTO layers (title, abstract, keywords, kind, source_table,"
            + " raster_name, id_column, geometry_column, geometry_type, srid, default_style, min_x, min_y, max_x,"
            + " max_y, feature_count, time_column, time_start, time_end, sensitive, editable, owner, run_id,"
            + " created_at, updated_at, owner_only, name) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
            + " ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private static final String UPDATE = "UPDATE layers SET title = ?, abstract = ?, keywords = ?, kind = ?,"
            + " source_table = ?, raster_name = ?, id_column = ?, geometry_column = ?, geometry_type = ?, srid = ?,"
            + " default_style = ?, min_x = ?, min_y = ?, max_x = ?, max_y = ?, feature_count = ?, time_column = ?,"
            + " time_start = ?, time_end = ?, sensitive = ?, editable = ?, owner = ?, run_id = ?, created_at = ?,"
            + " updated_at = ?, owner_only = ? WHERE name = ?";

    private CatalogRows() {
    }

    static CatalogEntry read(ResultSet rs) throws SQLException {
        Envelope bbox = null;
        double minX = rs.getDouble("min_x");
        if (!rs.wasNull()) {
            bbox = new Envelope(minX, rs.getDouble("max_x"), rs.getDouble("min_y"), rs.getDouble("max_y"));
        }
        LocalDate start = rs.getObject("time_start", LocalDate.class);
        LocalDate end = rs.getObject("time_end", LocalDate.class);
        LayerKind kind = LayerKind.valueOf(rs.getString("kind").toUpperCase(Locale.ROOT));
        LayerInfo info = new LayerInfo(rs.getString("name"), rs.getString("title"), rs.getString("abstract"),
                splitKeywords(rs.getString("keywords")), kind, rs.getString("default_style"), bbox,
                start == null ? null : new TimeExtent(start, end), rs.getLong("feature_count"),
                rs.getBoolean("sensitive"), rs.getBoolean("editable"),
                JdbcValues.readInstant(rs, rs.findColumn("updated_at")), rs.getString("owner"),
                rs.getBoolean("owner_only"));
        String geometryType = rs.getString("geometry_type");
        LayerStorage storage = new LayerStorage(rs.getString("source_table"), rs.getString("id_column"),
                rs.getString("geometry_column"), geometryType == null ? null : GeometryKind.of(geometryType),
                rs.getInt("srid"), rs.getString("time_column"), rs.getString("raster_name"));
        long runId = rs.getLong("run_id");
        Long run = rs.wasNull() ? null : runId;
        return new CatalogEntry(info, storage, rs.getString("owner"), run,
                JdbcValues.readInstant(rs, rs.findColumn("created_at")));
    }

    static void write(Connection c, CatalogEntry e, boolean exists) throws SQLException {
        LayerInfo i = e.info();
        LayerStorage s = e.storage();
        try (PreparedStatement ps = c.prepareStatement(exists ? UPDATE : INSERT)) {
            int p = 1;
            ps.setString(p++, i.title() == null ? i.name() : i.title());
            ps.setString(p++, i.abstractText());
            ps.setString(p++, joinKeywords(i.name(), i.keywords()));
            ps.setString(p++, i.kind().code());
            ps.setString(p++, s.sourceTable());
            ps.setString(p++, s.rasterName());
            ps.setString(p++, s.idColumn());
            ps.setString(p++, s.geometryColumn());
            ps.setString(p++, s.geometryKind() == null ? null : s.geometryKind().ogcName());
            ps.setInt(p++, s.srid());
            ps.setString(p++, i.defaultStyle());
            Envelope b = i.bbox();
            for (Double v : b == null ? new Double[4]
                    : new Double[] {b.getMinX(), b.getMinY(), b.getMaxX(), b.getMaxY()}) {
                if (v == null) {
                    ps.setNull(p++, Types.DOUBLE);
                } else {
                    ps.setDouble(p++, v);
                }
            }
            ps.setLong(p++, i.featureCount());
            ps.setString(p++, s.timeColumn());
            ps.setObject(p++, i.timeExtent() == null ? null : i.timeExtent().start(), Types.DATE);
            ps.setObject(p++, i.timeExtent() == null ? null : i.timeExtent().end(), Types.DATE);
            ps.setBoolean(p++, i.sensitive());
            ps.setBoolean(p++, i.editable());
            ps.setString(p++, e.owner());
            if (e.runId() == null) {
                ps.setNull(p++, Types.BIGINT);
            } else {
                ps.setLong(p++, e.runId());
            }
            JdbcValues.bindInstant(ps, p++, e.createdAt());
            JdbcValues.bindInstant(ps, p++, i.updatedAt());
            ps.setBoolean(p++, i.ownerOnly());
            ps.setString(p, i.name());
            ps.executeUpdate();
        }
    }

    private static List<String> splitKeywords(String joined) {
        if (joined == null || joined.isBlank()) {
            return List.of();
        }
        return Arrays.stream(joined.split(",")).map(String::trim).filter(k -> !k.isEmpty()).toList();
    }

    private static String joinKeywords(String layer, List<String> keywords) {
        for (String k : keywords) {
            if (k.contains(",")) {
                throw new IllegalArgumentException("Keyword \"" + k + "\" of layer \"" + layer
                        + "\" contains a comma (keywords are stored comma-separated)");
            }
        }
        return keywords.isEmpty() ? null : String.join(",", keywords);
    }
}
