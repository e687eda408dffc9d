package org.ecocorridor.store.raster;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.ecocorridor.core.grid.FloatGrid;
import org.ecocorridor.core.grid.GridGeometry;
import org.ecocorridor.store.catalog.LayerCatalog;
import org.ecocorridor.store.sql.JdbcValues;
import org.ecocorridor.store.sql.Transactions;

/**
 * Stores {@link FloatGrid}s in {@code rasters} (georeferencing) and {@code raster_tiles}
 * ({@value #TILE_SIZE}×{@value #TILE_SIZE} tiles, see {@link RasterTiles} for the encoding).
 * Tiles that are entirely NoData are not stored and read back as NaN. Reading a window fetches
 * only the tiles it overlaps.
 *
 * <p>Saving or deleting a raster refreshes (or removes) the catalog layers showing it, in the same
 * transaction, so their {@code updatedAt} follows the data.
 *
 * <p>Thread-safe.
 */
public final class RasterStore {
    /** Tile edge in cells. */
    public static final int TILE_SIZE = 256;
    private static final int TILES_PER_BATCH = 16;
    private static final String INFO_COLUMNS = "id, name, title, width, height, origin_x, origin_y, cell_width,"
            + " cell_height, crs_epsg, tile_size, parameters, created_at";

    private final DataSource dataSource;
    private final LayerCatalog catalog;

    public RasterStore(DataSource dataSource, LayerCatalog catalog) {
        this.dataSource = dataSource;
        this.catalog = catalog;
    }

    /**
     * Saves a grid under a name, replacing any raster of that name (in one transaction).
     *
     * @param parametersJson how the grid was made, as JSON text, or null
     */
    public RasterInfo save(String name, String title, String parametersJson, FloatGrid grid) {
        return Transactions.inTransaction(dataSource, "Saving raster " + name,
                c -> save(c, name, title, parametersJson, grid));
    }

    /** As {@link #save(String, String, String, FloatGrid)}, inside the caller's transaction. */
    public RasterInfo save(Connection c, String name, String title, String parametersJson, FloatGrid grid)
            throws SQLException {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("Raster name is blank");
        }
        deleteRow(c, name);
        GridGeometry g = grid.geometry();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        long id;
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO rasters (name, title, crs_epsg, width, height,"
                + " origin_x, origin_y, cell_width, cell_height, nodata, tile_size, parameters, created_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", new String[] {"id"})) {
            ps.setString(1, name);
            ps.setString(2, title);
            ps.setInt(3, g.epsg());
            ps.setInt(4, g.cols());
            ps.setInt(5, g.rows());
            ps.setDouble(6, g.originX());
            ps.setDouble(7, g.originY());
            ps.setDouble(8, g.cellWidth());
            ps.setDouble(9, g.cellHeight());
            ps.setDouble(10, Double.NaN);
            ps.setInt(11, TILE_SIZE);
            ps.setString(12, parametersJson);
            JdbcValues.bindInstant(ps, 13, now);
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
        }
        RasterInfo info = new RasterInfo(id, name, title, g, TILE_SIZE, parametersJson, now);
        insertTiles(c, info, grid);
        refreshLayers(c, name);
        return info;
    }

    private static void insertTiles(Connection c, RasterInfo info, FloatGrid grid) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO raster_tiles (raster_id, tile_row, tile_col, data) VALUES (?, ?, ?, ?)")) {
            int pending = 0;
            for (int tr = 0; tr < info.tileRows(); tr++) {
                for (int tc = 0; tc < info.tileCols(); tc++) {
                    float[] tile = RasterTiles.extract(grid, TILE_SIZE, tr, tc);
                    if (RasterTiles.isEmpty(tile)) {
                        continue;
                    }
                    ps.setLong(1, info.id());
                    ps.setInt(2, tr);
                    ps.setInt(3, tc);
                    ps.setBytes(4, RasterTiles.encode(tile));
                    ps.addBatch();
                    if (++pending == TILES_PER_BATCH) {
                        ps.executeBatch();
                        pending = 0;
                    }
                }
            }
            if (pending > 0) {
                ps.executeBatch();
            }
        }
    }

    /** The description of a raster, if stored. */
    public Optional<RasterInfo> info(String name) {
        return Transactions.withConnection(dataSource, "Reading raster " + name, c -> info(c, name));
    }

    /** All stored rasters, by name. */
    public List<RasterInfo> list() {
        return Transactions.withConnection(dataSource, "Listing rasters", c -> {
            List<RasterInfo> result = new ArrayList<>();
            try (Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT " + INFO_COLUMNS + " FROM rasters ORDER BY name")) {
                while (rs.next()) {
                    result.add(readInfo(rs));
                }
            }
            return result;
        });
    }

    /**
     * The whole grid.
     *
     * @throws IllegalArgumentException when no raster has that name
     */
    public FloatGrid load(String name) {
        RasterInfo info = require(name);
        return read(info, 0, 0, info.geometry().rows(), info.geometry().cols());
    }

    /**
     * A window of {@code rows × cols} cells whose north-west cell is (row, col); its geometry is the
     * window's (origin moved to the window's corner, same cell size and CRS).
     *
     * @throws IllegalArgumentException when no raster has that name or the window leaves the grid
     */
    public FloatGrid loadWindow(String name, int row, int col, int rows, int cols) {
        RasterInfo info = require(name);
        GridGeometry g = info.geometry();
        if (rows <= 0 || cols <= 0 || row < 0 || col < 0 || row + rows > g.rows() || col + cols > g.cols()) {
            throw new IllegalArgumentException("Window of " + rows + " x " + cols + " cells at row " + row
                    + ", col " + col + " is outside raster \"" + name + "\" of " + g.rows() + " x " + g.cols());
        }
        return read(info, row, col, rows, cols);
    }

    /**
     * Deletes a raster, its tiles and the catalog layers showing it.
     *
     * @return whether a raster was deleted
     */
    public boolean delete(String name) {
        return Transactions.inTransaction(dataSource, "Deleting raster " + name, c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM layers WHERE raster_name = ?")) {
                ps.setString(1, name);
                ps.executeUpdate();
            }
            return deleteRow(c, name);
        });
    }

    private FloatGrid read(RasterInfo info, int row, int col, int rows, int cols) {
        GridGeometry g = info.geometry();
        GridGeometry window = new GridGeometry(cols, rows, g.originX() + col * g.cellWidth(),
                g.originY() - row * g.cellHeight(), g.cellWidth(), g.cellHeight(), g.epsg());
        FloatGrid out = new FloatGrid(window);
        int ts = info.tileSize();
        String sql = "SELECT tile_row, tile_col, data FROM raster_tiles WHERE raster_id = ?"
                + " AND tile_row BETWEEN ? AND ? AND tile_col BETWEEN ? AND ?";
        // A transaction so that PostgreSQL streams the tiles with a cursor instead of loading all.
        Transactions.inTransaction(dataSource, "Reading raster " + info.name(), c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setFetchSize(TILES_PER_BATCH);
                ps.setLong(1, info.id());
                ps.setInt(2, row / ts);
                ps.setInt(3, (row + rows - 1) / ts);
                ps.setInt(4, col / ts);
                ps.setInt(5, (col + cols - 1) / ts);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        float[] tile = RasterTiles.decode(rs.getBytes(3), ts * ts);
                        copyTile(tile, ts, rs.getInt(1), rs.getInt(2), out, row, col);
                    }
                }
            }
            return null;
        });
        return out;
    }

    /** Copies the part of a tile that falls inside the window starting at (row0, col0). */
    private static void copyTile(float[] tile, int ts, int tileRow, int tileCol, FloatGrid out, int row0, int col0) {
        int rows = out.rows();
        int cols = out.cols();
        float[] dst = out.values();
        int fromRow = Math.max(tileRow * ts, row0);
        int toRow = Math.min((tileRow + 1) * ts, row0 + rows);
        int fromCol = Math.max(tileCol * ts, col0);
        int toCol = Math.min((tileCol + 1) * ts, col0 + cols);
        for (int r = fromRow; r < toRow; r++) {
            System.arraycopy(tile, (r - tileRow * ts) * ts + (fromCol - tileCol * ts),
                    dst, (r - row0) * cols + (fromCol - col0), toCol - fromCol);
        }
    }

    private RasterInfo require(String name) {
        return info(name).orElseThrow(() -> new IllegalArgumentException("No stored raster named \"" + name + "\""));
    }

    private static Optional<RasterInfo> info(Connection c, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + INFO_COLUMNS + " FROM rasters WHERE name = ?")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(readInfo(rs)) : Optional.empty();
            }
        }
    }

    private static RasterInfo readInfo(ResultSet rs) throws SQLException {
        GridGeometry g = new GridGeometry(rs.getInt("width"), rs.getInt("height"), rs.getDouble("origin_x"),
                rs.getDouble("origin_y"), rs.getDouble("cell_width"), rs.getDouble("cell_height"),
                rs.getInt("crs_epsg"));
        return new RasterInfo(rs.getLong("id"), rs.getString("name"), rs.getString("title"), g,
                rs.getInt("tile_size"), rs.getString("parameters"),
                JdbcValues.readInstant(rs, rs.findColumn("created_at")));
    }

    /** Deletes the raster row (tiles go by ON DELETE CASCADE). */
    private static boolean deleteRow(Connection c, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM rasters WHERE name = ?")) {
            ps.setString(1, name);
            return ps.executeUpdate() > 0;
        }
    }

    private void refreshLayers(Connection c, String rasterName) throws SQLException {
        List<String> layers = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT name FROM layers WHERE raster_name = ?")) {
            ps.setString(1, rasterName);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    layers.add(rs.getString(1));
                }
            }
        }
        for (String layer : layers) {
            catalog.refresh(c, layer);
        }
    }
}
