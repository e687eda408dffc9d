package org.ecocorridor.server.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.ecocorridor.connectivity.costdistance.CostDistance;
import org.ecocorridor.connectivity.costdistance.CostDistanceOptions;
import org.ecocorridor.connectivity.costdistance.CostDistanceResult;
import org.ecocorridor.connectivity.costdistance.CostUnits;
import org.ecocorridor.connectivity.costdistance.Neighbourhood;
import org.ecocorridor.core.crs.CoordinateTransforms;
import org.ecocorridor.core.crs.GeometryTransform;
import org.ecocorridor.core.feature.Feature;
import org.ecocorridor.core.feature.FeatureCursor;
import org.ecocorridor.core.grid.CellMask;
import org.ecocorridor.core.grid.FloatGrid;
import org.ecocorridor.core.grid.GridGeometry;
import org.ecocorridor.core.grid.GridRasterizer;
import org.ecocorridor.core.grid.io.GeoTiffReader;
import org.ecocorridor.core.grid.io.GeoTiffWriter;
import org.ecocorridor.store.io.ReadOptions;
import org.ecocorridor.store.io.VectorReaders;
import org.ecocorridor.store.io.VectorSource;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code cost-distance}: accumulated cost from sources over a resistance GeoTIFF, with the
 * back-direction and allocation grids beside it.
 */
@Command(name = "cost-distance", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Accumulated cost distance from sources over a resistance raster.",
                "Writes OUT (accumulated cost), OUT-direction.tif (back-direction codes) and",
                "OUT-allocation.tif (id of the nearest source). NoData cells are impassable.",
                "Step cost: mean of the two cells' resistances x step length (map units, the",
                "ArcGIS/Linkage Mapper convention); --units cells reproduces GRASS r.cost."})
final class CostDistanceCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--resistance", required = true, paramLabel = "R.tif", description = "Resistance GeoTIFF (projected CRS in metres).")
    Path resistance;

    @Option(names = "--sources", paramLabel = "S.geojson",
            description = "Source features (points or polygons; any vector format ecocorridor imports).")
    Path sources;

    @Option(names = "--source-cell", paramLabel = "ROW,COL",
            description = "A source cell, 0-based from the top-left cell (repeatable).")
    List<String> sourceCells = new ArrayList<>();

    @Option(names = "--out", required = true, paramLabel = "OUT.tif", description = "Accumulated-cost GeoTIFF to write.")
    Path out;

    @Option(names = "--neighbours", defaultValue = "8", paramLabel = "8|16", description = "Moves: 8 (default) or 16 (knight's moves).")
    int neighbours;

    @Option(names = "--units", defaultValue = "map", paramLabel = "map|cells",
            description = "Step lengths in map units (default) or in cells (GRASS r.cost).")
    String units;

    @Override
    public Integer call() {
        var err = spec.commandLine().getErr();
        try {
            if (sources == null && sourceCells.isEmpty()) {
                throw new IllegalArgumentException("Give --sources FILE or at least one --source-cell ROW,COL");
            }
            FloatGrid grid = GeoTiffReader.read(resistance);
            int[][] cellsAndIds = sources != null ? cellsOfFeatures(grid.geometry()) : cellsOfOptions(grid.geometry());
            CostDistanceOptions options = CostDistanceOptions.defaults()
                    .withNeighbourhood(switch (neighbours) {
                        case 8 -> Neighbourhood.EIGHT;
                        case 16 -> Neighbourhood.SIXTEEN;
                        default -> throw new IllegalArgumentException("--neighbours must be 8 or 16, got " + neighbours);
                    })
                    .withUnits(switch (units) {
                        case "map" -> CostUnits.MAP;
                        case "cells" -> CostUnits.CELLS;
                        default -> throw new IllegalArgumentException("--units must be map or cells, got " + units);
                    });
            long t0 = System.nanoTime();
            CostDistanceResult result = CostDistance.compute(grid, cellsAndIds[0], cellsAndIds[1], options,
                    new CliProgress(err));
            double seconds = (System.nanoTime() - t0) / 1e9;
            GeoTiffWriter.write(result.accumulatedCost(), out);
            GeoTiffWriter.write(result.backDirection().toFloatGrid(), sibling("-direction.tif"));
            GeoTiffWriter.write(result.allocation().toFloatGrid(), sibling("-allocation.tif"));
            spec.commandLine().getOut().printf("Cost distance over %d x %d cells from %d source cells: %d cells reached"
                    + " in %.2f s%nWrote %s, %s, %s%n", grid.cols(), grid.rows(), cellsAndIds[0].length,
                    result.reachedCount(), seconds, out, sibling("-direction.tif"), sibling("-allocation.tif"));
            return 0;
        } catch (Exception e) {
            err.println("cost-distance: " + ImportCommand.describe(e));
            return 1;
        }
    }

    private Path sibling(String suffix) {
        String name = out.getFileName().toString().replaceFirst("\\.tiff?$", "");
        return out.toAbsolutePath().resolveSibling(name + suffix);
    }

    /** {@code --source-cell ROW,COL} options; the allocation id of each is its position, from 1. */
    private int[][] cellsOfOptions(GridGeometry g) {
        int[] cells = new int[sourceCells.size()];
        int[] ids = new int[cells.length];
        for (int i = 0; i < cells.length; i++) {
            String[] parts = sourceCells.get(i).split(",");
            if (parts.length != 2) {
                throw new IllegalArgumentException("--source-cell expects ROW,COL, got \"" + sourceCells.get(i) + "\"");
            }
            int row = Integer.parseInt(parts[0].trim());
            int col = Integer.parseInt(parts[1].trim());
            if (!g.contains(row, col)) {
                throw new IllegalArgumentException("--source-cell " + row + "," + col + " is outside the "
                        + g.rows() + " x " + g.cols() + " grid");
            }
            cells[i] = g.index(row, col);
            ids[i] = i + 1;
        }
        return new int[][] {cells, ids};
    }

    /** Cells covered by each feature (a point: its cell; a polygon: cells whose centre is inside); id = feature number. */
    private int[][] cellsOfFeatures(GridGeometry g) throws Exception {
        if (!Files.isRegularFile(sources)) {
            throw new IllegalArgumentException("No such file: " + sources);
        }
        if (g.epsg() == 0) {
            throw new IllegalArgumentException(resistance + " declares no EPSG code; sources cannot be placed on it");
        }
        GeometryTransform toGrid = CoordinateTransforms.between(4326, g.epsg());
        List<int[]> pairs = new ArrayList<>();
        int number = 0;
        try (VectorSource source = VectorReaders.open(sources, ReadOptions.defaults());
                FeatureCursor cursor = source.cursor()) {
            while (cursor.hasNext()) {
                Feature f = cursor.next();
                number++;
                if (f.geometry() == null) {
                    continue;
                }
                Geometry geom = toGrid.apply(f.geometry());
                int id = number;
                if (geom instanceof Point || geom.getDimension() == 0) {
                    for (var c : geom.getCoordinates()) {
                        int row = g.rowOf(c.y);
                        int col = g.colOf(c.x);
                        if (g.contains(row, col)) {
                            pairs.add(new int[] {g.index(row, col), id});
                        }
                    }
                } else {
                    CellMask mask = GridRasterizer.rasterize(g, geom, g.cellWidth());
                    mask.forEach(cell -> pairs.add(new int[] {cell, id}));
                }
            }
        }
        if (pairs.isEmpty()) {
            throw new IllegalArgumentException("No source feature of " + sources + " falls on the resistance grid");
        }
        return new int[][] {pairs.stream().mapToInt(p -> p[0]).toArray(), pairs.stream().mapToInt(p -> p[1]).toArray()};
    }
}
