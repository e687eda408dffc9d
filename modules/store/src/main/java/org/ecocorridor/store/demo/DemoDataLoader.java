package org.ecocorridor.store.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.ecocorridor.core.grid.FloatGrid;
import org.ecocorridor.core.grid.io.GeoTiffReader;
import org.ecocorridor.store.SpatialStore;
import org.ecocorridor.store.StoreException;
import org.ecocorridor.store.demo.DemoLoadResult.Outcome;
import org.ecocorridor.store.sql.JdbcValues;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.ObjectMapper;

/**
 * Loads the demo dataset described by {@code <dataDir>/manifest.json} into an empty store: tables
 * (CSV, GeoJSON), rasters (GeoTIFF, {@link GeoTiffReader}) and catalog layers, all in one
 * transaction, so a failure leaves the store empty.
 *
 * <p>Idempotent: nothing happens when {@code store_metadata} records a demo dataset
 * ({@value #METADATA_KEY} = {@code name@version}, written first in the transaction so that two
 * servers starting together cannot both load), when the catalog already holds every layer of the
 * manifest, or when the store holds other data (species, sites, layers...).
 *
 * <p>Thread-safe (stateless besides the store).
 */
public final class DemoDataLoader {
    /** {@code store_metadata} property recording the loaded demo dataset. */
    public static final String METADATA_KEY = "demo_dataset";
    private static final Logger LOG = LoggerFactory.getLogger(DemoDataLoader.class);
    /** Tables that must be empty for the demo to load. */
    private static final List<String> DATA_TABLES = List.of("species", "countries", "protected_areas",
            "habitat_patches", "flyway_sites", "infrastructure", "rasters", "layers");

    /** Reads a raster file into a georeferenced grid. */
    @FunctionalInterface
    public interface RasterFileReader {
        FloatGrid read(Path file) throws IOException;
    }

    private final SpatialStore store;
    private final RasterFileReader rasterReader;
    private final ObjectMapper mapper = new ObjectMapper();

    /** A loader reading rasters with {@link GeoTiffReader}. */
    public DemoDataLoader(SpatialStore store) {
        this(store, GeoTiffReader::read);
    }

    public DemoDataLoader(SpatialStore store, RasterFileReader rasterReader) {
        this.store = store;
        this.rasterReader = rasterReader;
    }

    /**
     * Loads the dataset of {@code dataDir} (the folder holding {@code manifest.json}) unless the
     * store already has it or other data.
     *
     * @throws IOException           when the manifest or a data file is missing or malformed
     * @throws IllegalArgumentException when a value does not fit its column (naming file and line)
     * @throws StoreException        for database failures; the store is unchanged then
     */
    public DemoLoadResult loadIfEmpty(Path dataDir) throws IOException {
        DemoManifest manifest = DemoManifest.read(dataDir.resolve("manifest.json"), mapper);
        try {
            DemoLoadResult result = store.inTransaction("Loading demo dataset " + manifest.id(),
                    c -> loadIfEmpty(c, dataDir, manifest));
            if (result.outcome() == Outcome.LOADED) {
                LOG.info("Loaded demo dataset {}: {} rows, {} rasters, {} layers", result.dataset(), result.rows(),
                        result.rasters(), result.layers());
            } else {
                LOG.info("Demo dataset not loaded ({}): {}", result.outcome(), result.dataset());
            }
            return result;
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } catch (StoreException e) {
            if (e.getCause() instanceof SQLException sql && "23505".equals(sql.getSQLState())
                    && recordedDataset().isPresent()) {
                return DemoLoadResult.skipped(Outcome.ALREADY_LOADED, recordedDataset().get());
            }
            throw e;
        }
    }

    private DemoLoadResult loadIfEmpty(Connection c, Path dataDir, DemoManifest manifest) throws SQLException {
        Optional<String> recorded = recordedDataset(c);
        if (recorded.isPresent()) {
            return DemoLoadResult.skipped(Outcome.ALREADY_LOADED, recorded.get());
        }
        if (holdsAllLayers(c, manifest)) {
            return DemoLoadResult.skipped(Outcome.ALREADY_LOADED, manifest.id());
        }
        if (!isEmpty(c)) {
            LOG.warn("Store holds data already: demo dataset {} not loaded", manifest.id());
            return DemoLoadResult.skipped(Outcome.STORE_NOT_EMPTY, manifest.id());
        }
        record(c, manifest);
        try {
            long rows = 0;
            TableFileLoader tables = new TableFileLoader(c, store.dialect(), mapper);
            for (DemoManifest.TableFile t : manifest.tables()) {
                rows += tables.load(t.table(), existing(dataDir, t.file()));
            }
            for (DemoManifest.RasterFile r : manifest.rasters()) {
                FloatGrid grid = rasterReader.read(existing(dataDir, r.file()));
                store.rasters().save(c, r.name(), r.title(), rasterParameters(r), grid);
            }
            new DemoLayers(store.catalog()).register(c, manifest);
            return new DemoLoadResult(Outcome.LOADED, manifest.id(), rows, manifest.rasters().size(),
                    manifest.layers().size());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String rasterParameters(DemoManifest.RasterFile r) {
        var node = mapper.createObjectNode();
        node.put("source", r.file());
        node.put("abstract", r.abstractText());
        node.put("legend", r.legend());
        return node.toString();
    }

    private static Path existing(Path dataDir, String relative) throws IOException {
        Path file = dataDir.resolve(relative).normalize();
        if (!Files.isRegularFile(file)) {
            throw new IOException("Demo data file missing: " + file);
        }
        return file;
    }

    private Optional<String> recordedDataset() {
        return store.inTransaction("Reading store metadata", DemoDataLoader::recordedDataset);
    }

    private static Optional<String> recordedDataset(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT content FROM store_metadata WHERE property = ?")) {
            ps.setString(1, METADATA_KEY);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }

    private static boolean holdsAllLayers(Connection c, DemoManifest manifest) throws SQLException {
        if (manifest.layers().isEmpty()) {
            return false;
        }
        Set<String> wanted = manifest.layers().stream().map(DemoManifest.LayerEntry::name).collect(Collectors.toSet());
        int found = 0;
        try (PreparedStatement ps = c.prepareStatement("SELECT name FROM layers");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                found += wanted.contains(rs.getString(1)) ? 1 : 0;
            }
        }
        return found == wanted.size();
    }

    private static boolean isEmpty(Connection c) throws SQLException {
        for (String table : DATA_TABLES) {
            try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM " + table + " FETCH FIRST 1 ROWS ONLY");
                    ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    return false;
                }
            }
        }
        return true;
    }

    private static void record(Connection c, DemoManifest manifest) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO store_metadata (property, content, updated_at) VALUES (?, ?, ?)")) {
            ps.setString(1, METADATA_KEY);
            ps.setString(2, manifest.id());
            JdbcValues.bindInstant(ps, 3, Instant.now());
            ps.executeUpdate();
        }
    }
}
