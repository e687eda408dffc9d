package org.ecocorridor.store.analysis;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import javax.sql.DataSource;
import org.ecocorridor.store.sql.Transactions;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;

/**
 * Reads the domain tables that analyses start from: species resistance tables, habitat patches,
 * infrastructure by kind and country outlines. Geometries come back in EPSG:4326 (lon/lat).
 *
 * <p>Thread-safe (stateless over a pooled data source). Results are small (tens to thousands of
 * features), so they are returned as lists.
 */
public final class AnalysisInputs {
    private final DataSource dataSource;

    public AnalysisInputs(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * The resistance table of a species' profile.
     *
     * @throws NoSuchElementException when the species is unknown or its profile has no rows
     */
    public ResistanceTable resistanceTable(String speciesCode) {
        return Transactions.withConnection(dataSource, "Reading resistance table of " + speciesCode, c -> {
            String profile = profileOf(c, speciesCode);
            Map<Integer, Double> values = new HashMap<>();
            Set<Integer> barriers = new HashSet<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT landcover_code, resistance FROM resistance_values WHERE profile = ? ORDER BY landcover_code")) {
                ps.setString(1, profile);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        double r = rs.getDouble(2);
                        if (rs.wasNull()) {
                            barriers.add(rs.getInt(1));
                        } else {
                            values.put(rs.getInt(1), r);
                        }
                    }
                }
            }
            if (values.isEmpty() && barriers.isEmpty()) {
                throw new NoSuchElementException("Resistance profile \"" + profile + "\" of species " + speciesCode
                        + " has no rows in resistance_values");
            }
            return new ResistanceTable(profile, values, barriers);
        });
    }

    private static String profileOf(Connection c, String speciesCode) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT resistance_profile FROM species WHERE code = ?")) {
            ps.setString(1, speciesCode);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new NoSuchElementException("Unknown species \"" + speciesCode + "\"");
                }
                String profile = rs.getString(1);
                if (profile == null) {
                    throw new NoSuchElementException("Species " + speciesCode + " has no resistance profile");
                }
                return profile;
            }
        }
    }

    /** Habitat patches of a species and type ({@code core} or {@code range}), ordered by id; key = id. */
    public List<NamedGeometry> habitatPatches(String speciesCode, String patchType) {
        return query("SELECT id, name, ST_AsBinary(geom) FROM habitat_patches WHERE species_code = ? AND patch_type = ?"
                + " ORDER BY id", speciesCode, patchType);
    }

    /** Infrastructure of one kind ({@code road}, {@code railway}, {@code border_fence}, ...), ordered by id. */
    public List<NamedGeometry> infrastructure(String kind) {
        return query("SELECT id, name, ST_AsBinary(geom) FROM infrastructure WHERE kind = ? ORDER BY id", kind);
    }

    /** Country outlines; key = ISO 3166 alpha-3 code, ordered by it. */
    public List<NamedGeometry> countries() {
        return query("SELECT iso3, name, ST_AsBinary(geom) FROM countries ORDER BY iso3");
    }

    /** Protected areas; key = id. */
    public List<NamedGeometry> protectedAreas() {
        return query("SELECT id, name, ST_AsBinary(geom) FROM protected_areas ORDER BY id");
    }

    private List<NamedGeometry> query(String sql, String... params) {
        return Transactions.withConnection(dataSource, "Reading analysis inputs", c -> {
            List<NamedGeometry> out = new ArrayList<>();
            WKBReader wkb = new WKBReader();
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (int i = 0; i < params.length; i++) {
                    ps.setString(i + 1, params[i]);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        byte[] bytes = rs.getBytes(3);
                        if (bytes == null) {
                            continue;
                        }
                        Geometry g = read(wkb, bytes);
                        g.setSRID(4326);
                        out.add(new NamedGeometry(rs.getString(1), rs.getString(2), g));
                    }
                }
            }
            return out;
        });
    }

    private static Geometry read(WKBReader wkb, byte[] bytes) {
        try {
            return wkb.read(bytes);
        } catch (ParseException e) {
            throw new IllegalStateException("Stored geometry is not valid WKB: " + e.getMessage(), e);
        }
    }
}
