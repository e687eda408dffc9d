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

    /**
     * Flyway sites with their roles for one species (sites without a role for it are left out), or with
     * their roles for any species when {@code speciesCode} is null; ordered by site code.
     */
    public List<StoredFlywaySite> flywaySites(String speciesCode) {
        String sql = "SELECT s.site_code, s.name, ST_AsBinary(s.geom), r.role FROM flyway_sites s"
                + " JOIN flyway_site_roles r ON r.site_id = s.id"
                + (speciesCode == null ? "" : " WHERE r.species_code = ?") + " ORDER BY s.site_code, r.role";
        return Transactions.withConnection(dataSource, "Reading flyway sites of " + speciesCode, c -> {
            Map<String, StoredFlywaySite> sites = new java.util.LinkedHashMap<>();
            Map<String, java.util.TreeSet<String>> roles = new HashMap<>();
            WKBReader wkb = new WKBReader();
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                if (speciesCode != null) {
                    ps.setString(1, speciesCode);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        String code = rs.getString(1);
                        if (!sites.containsKey(code)) {
                            Geometry g = read(wkb, rs.getBytes(3));
                            sites.put(code, new StoredFlywaySite(code, rs.getString(2), g.getCoordinate().x,
                                    g.getCoordinate().y, List.of()));
                        }
                        roles.computeIfAbsent(code, k -> new java.util.TreeSet<>()).add(rs.getString(4));
                    }
                }
            }
            List<StoredFlywaySite> out = new ArrayList<>(sites.size());
            for (StoredFlywaySite s : sites.values()) {
                out.add(new StoredFlywaySite(s.code(), s.name(), s.lonDegrees(), s.latDegrees(),
                        List.copyOf(roles.get(s.code()))));
            }
            return out;
        });
    }

    /** Every survey count of a species, ordered by site code and date. */
    public List<StoredSurveyCount> surveyCounts(String speciesCode) {
        return Transactions.withConnection(dataSource, "Reading survey counts of " + speciesCode, c -> {
            List<StoredSurveyCount> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT s.site_code, c.survey_date, c.count"
                    + " FROM survey_counts c JOIN flyway_sites s ON s.id = c.site_id WHERE c.species_code = ?"
                    + " ORDER BY s.site_code, c.survey_date, c.id")) {
                ps.setString(1, speciesCode);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new StoredSurveyCount(rs.getString(1), rs.getObject(2, java.time.LocalDate.class),
                                rs.getInt(3)));
                    }
                }
            }
            return out;
        });
    }

    /**
     * The numeric parameters of a species.
     *
     * @throws NoSuchElementException for an unknown species
     */
    public SpeciesParameters speciesParameters(String speciesCode) {
        return Transactions.withConnection(dataSource, "Reading species " + speciesCode, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT code, species_group, median_dispersal_m,"
                    + " max_dispersal_m, max_flight_range_km, flyway_population FROM species WHERE code = ?")) {
                ps.setString(1, speciesCode);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        throw new NoSuchElementException("Unknown species \"" + speciesCode + "\"");
                    }
                    return new SpeciesParameters(rs.getString(1), rs.getString(2), nullableDouble(rs, 3),
                            nullableDouble(rs, 4), nullableDouble(rs, 5), rs.getInt(6));
                }
            }
        });
    }

    private static double nullableDouble(ResultSet rs, int column) throws SQLException {
        double v = rs.getDouble(column);
        return rs.wasNull() ? Double.NaN : v;
    }

    /** Infrastructure of one kind with its capacity, ordered by id. */
    public List<InfrastructureFeature> infrastructureFeatures(String kind) {
        return Transactions.withConnection(dataSource, "Reading infrastructure " + kind, c -> {
            List<InfrastructureFeature> out = new ArrayList<>();
            WKBReader wkb = new WKBReader();
            try (PreparedStatement ps = c.prepareStatement("SELECT id, kind, name, ST_AsBinary(geom), capacity_mw"
                    + " FROM infrastructure WHERE kind = ? ORDER BY id")) {
                ps.setString(1, kind);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        Geometry g = read(wkb, rs.getBytes(4));
                        g.setSRID(4326);
                        out.add(new InfrastructureFeature(rs.getString(1), rs.getString(2), rs.getString(3), g,
                                nullableDouble(rs, 5)));
                    }
                }
            }
            return out;
        });
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
