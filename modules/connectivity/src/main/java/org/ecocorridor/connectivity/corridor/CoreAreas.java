package org.ecocorridor.connectivity.corridor;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.ecocorridor.core.crs.CoordinateTransforms;
import org.ecocorridor.core.grid.CellMask;
import org.ecocorridor.core.grid.FloatGrid;
import org.ecocorridor.core.grid.GridGeometry;
import org.ecocorridor.core.grid.GridRasterizer;
import org.ecocorridor.core.grid.GridVectoriser;
import org.ecocorridor.core.grid.IntGrid;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;

/**
 * Core areas on an analysis grid: which cells belong to which core, and each core's geometry (for
 * Euclidean distances).
 *
 * <p>From polygons: a cell belongs to a core when its centre lies inside the polygon
 * ({@link GridRasterizer}); a core too small to contain any cell centre gets the cell containing its
 * interior point, so that no core is lost; where cores overlap, the cell goes to the smaller id. The
 * core's geometry is the input polygon. From a raster: positive integral values are core ids (0, NaN
 * and NoData are "no core"); the geometry is the union of the core's cells ({@link GridVectoriser}).
 *
 * <p>Immutable after construction; thread-safe.
 */
public final class CoreAreas {
    private final GridGeometry grid;
    private final int[] coreOfCell;
    private final TreeMap<Integer, int[]> cells;
    private final Map<Integer, Geometry> geometries;
    private final Map<Integer, String> names;

    private CoreAreas(GridGeometry grid, int[] coreOfCell, Map<Integer, Geometry> geometries, Map<Integer, String> names) {
        this.grid = grid;
        this.coreOfCell = coreOfCell;
        TreeMap<Integer, int[]> counts = new TreeMap<>();
        for (int id : coreOfCell) {
            if (id > 0) {
                counts.computeIfAbsent(id, k -> new int[1])[0]++;
            }
        }
        this.cells = new TreeMap<>();
        counts.forEach((id, count) -> cells.put(id, new int[count[0]]));
        TreeMap<Integer, int[]> fill = new TreeMap<>();
        for (int i = 0; i < coreOfCell.length; i++) {
            int id = coreOfCell[i];
            if (id > 0) {
                cells.get(id)[fill.computeIfAbsent(id, k -> new int[1])[0]++] = i;
            }
        }
        this.geometries = Map.copyOf(geometries);
        this.names = Map.copyOf(names);
    }

    /** Rasterises core polygons (reprojected when their SRID differs from the grid's EPSG code). */
    public static CoreAreas fromPolygons(GridGeometry grid, List<CoreArea> cores) {
        Objects.requireNonNull(grid, "grid");
        List<CoreArea> sorted = new ArrayList<>(cores);
        sorted.sort((a, b) -> Integer.compare(a.id(), b.id()));
        int[] coreOfCell = new int[grid.cellCount()];
        Map<Integer, Geometry> geometries = new TreeMap<>();
        Map<Integer, String> names = new TreeMap<>();
        for (CoreArea core : sorted) {
            if (geometries.containsKey(core.id())) {
                throw new IllegalArgumentException("Duplicate core area id " + core.id());
            }
            Geometry g = core.geometry();
            if (g.getSRID() != 0 && grid.epsg() != 0 && g.getSRID() != grid.epsg()) {
                g = CoordinateTransforms.between(g.getSRID(), grid.epsg()).apply(g);
            }
            CellMask mask = GridRasterizer.polygons(grid, g);
            if (mask.isEmpty() && !g.isEmpty()) {
                var p = g.getInteriorPoint().getCoordinate();
                mask.addIfInside(grid.rowOf(p.y), grid.colOf(p.x));
            }
            mask.forEach(i -> {
                if (coreOfCell[i] == 0) {
                    coreOfCell[i] = core.id();
                }
            });
            geometries.put(core.id(), g);
            names.put(core.id(), core.name());
        }
        return new CoreAreas(grid, coreOfCell, geometries, names);
    }

    /** Core ids from a raster of positive integral values (NaN and 0 = no core). */
    public static CoreAreas fromRaster(FloatGrid coreIds) {
        float[] v = coreIds.values();
        int[] ids = new int[v.length];
        for (int i = 0; i < v.length; i++) {
            float x = v[i];
            if (Float.isNaN(x) || x == 0) {
                continue;
            }
            if (x < 0 || x != Math.rint(x)) {
                throw new IllegalArgumentException("Core ids must be positive integers, got " + x + " at cell ("
                        + coreIds.geometry().rowOfIndex(i) + ", " + coreIds.geometry().colOfIndex(i) + ")");
            }
            ids[i] = (int) x;
        }
        return fromIds(coreIds.geometry(), ids);
    }

    /** Core ids from an integer raster (≤ 0 and {@link IntGrid#NO_DATA} = no core). */
    public static CoreAreas fromRaster(IntGrid coreIds) {
        int[] ids = coreIds.values().clone();
        for (int i = 0; i < ids.length; i++) {
            ids[i] = Math.max(0, ids[i]);
        }
        return fromIds(coreIds.geometry(), ids);
    }

    private static CoreAreas fromIds(GridGeometry grid, int[] ids) {
        TreeMap<Integer, CellMask> masks = new TreeMap<>();
        for (int i = 0; i < ids.length; i++) {
            if (ids[i] > 0) {
                masks.computeIfAbsent(ids[i], k -> new CellMask(grid)).add(i);
            }
        }
        GeometryFactory factory = new GeometryFactory(new PrecisionModel(), grid.epsg());
        Map<Integer, Geometry> geometries = new TreeMap<>();
        Map<Integer, String> names = new TreeMap<>();
        masks.forEach((id, mask) -> {
            geometries.put(id, GridVectoriser.toPolygons(mask, factory));
            names.put(id, "");
        });
        return new CoreAreas(grid, ids, geometries, names);
    }

    public GridGeometry grid() {
        return grid;
    }

    /** Core ids in ascending order (cores that cover at least one cell). */
    public List<Integer> ids() {
        return Collections.unmodifiableList(new ArrayList<>(cells.keySet()));
    }

    /** Id of the core owning a cell, 0 when none. */
    public int coreAt(int cell) {
        return coreOfCell[cell];
    }

    /** Cells of a core, ascending (a copy). */
    public int[] cellsOf(int id) {
        int[] c = cells.get(id);
        if (c == null) {
            throw new IllegalArgumentException("Unknown core id " + id);
        }
        return c.clone();
    }

    /** Number of cells of a core. */
    public int cellCount(int id) {
        int[] c = cells.get(id);
        return c == null ? 0 : c.length;
    }

    /** The core's geometry in the grid CRS (input polygon, or the union of its cells). */
    public Geometry geometryOf(int id) {
        return geometries.get(id);
    }

    public String nameOf(int id) {
        return names.getOrDefault(id, "");
    }

    /** Core ids per cell, 0 = no core (a new grid). */
    public IntGrid coreIdGrid() {
        return new IntGrid(grid, coreOfCell.clone());
    }
}
