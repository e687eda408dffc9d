package org.ecocorridor.server.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.ecocorridor.connectivity.corridor.CoreArea;
import org.ecocorridor.connectivity.corridor.CoreAreas;
import org.ecocorridor.connectivity.corridor.CorridorNetwork;
import org.ecocorridor.connectivity.corridor.CorridorNetworkBuilder;
import org.ecocorridor.connectivity.corridor.CorridorOptions;
import org.ecocorridor.core.crs.CoordinateTransforms;
import org.ecocorridor.core.feature.Feature;
import org.ecocorridor.core.feature.FeatureCursor;
import org.ecocorridor.core.feature.FeatureCursors;
import org.ecocorridor.core.grid.FloatGrid;
import org.ecocorridor.core.grid.GridGeometry;
import org.ecocorridor.core.grid.io.GeoTiffReader;
import org.ecocorridor.core.grid.io.GeoTiffWriter;
import org.ecocorridor.core.species.SpeciesCode;
import org.ecocorridor.server.analysis.CorridorFeatures;
import org.ecocorridor.server.analysis.CorridorRequest;
import org.ecocorridor.server.analysis.StoreCorridorAnalysis;
import org.ecocorridor.store.SpatialStore;
import org.ecocorridor.store.io.ReadOptions;
import org.ecocorridor.store.io.VectorReaders;
import org.ecocorridor.store.io.VectorSource;
import org.ecocorridor.store.io.VectorWriters;
import org.locationtech.jts.geom.Geometry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;

/**
 * {@code corridors}: the Linkage Mapper corridor network, from files or from the store.
 */
@Command(name = "corridors", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Least-cost corridor network between core areas (the Linkage Mapper method).",
                "From files: --resistance R.tif --cores CORES.geojson|CORES.tif --out DIR.",
                "From the store: --species CODE (a big cat); the outputs are published as run_<id>_* layers.",
                "DIR receives corridors.tif (truncated NLCC mosaic), nlcc.tif (untruncated),",
                "corridors.gpkg (tables links, paths, corridors) and summary.json."})
final class CorridorsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--resistance", paramLabel = "R.tif", description = "Resistance GeoTIFF (projected CRS in metres).")
    Path resistance;

    @Option(names = "--cores", paramLabel = "CORES", description = "Core areas: polygons (any importable vector format) or a GeoTIFF of core ids.")
    Path cores;

    @Option(names = "--species", paramLabel = "CODE", description = "Run on stored data for this species (amur_tiger, amur_leopard, snow_leopard).")
    String species;

    @Option(names = "--closed-border", description = "With --species: burn the countries' shared borders as barriers.")
    boolean closedBorder;

    @Option(names = "--out", paramLabel = "DIR", description = "Folder for the output files (required with --resistance).")
    Path out;

    @Option(names = "--width", defaultValue = "200000", paramLabel = "W", description = "Corridor width, cost-weighted metres (default ${DEFAULT-VALUE}).")
    double width;

    @Option(names = "--max-euclidean", defaultValue = "Infinity", paramLabel = "M", description = "Drop links longer than M metres edge to edge.")
    double maxEuclidean;

    @Option(names = "--max-cost", defaultValue = "Infinity", paramLabel = "C", description = "Drop links whose least-cost distance exceeds C.")
    double maxCost;

    @Override
    public Integer call() {
        var err = spec.commandLine().getErr();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Runtime.getRuntime().availableProcessors()));
        try {
            Result result = species != null ? fromStore(pool) : fromFiles(pool);
            if (out != null) {
                write(result);
            }
            var o = spec.commandLine().getOut();
            long kept = result.network.links().stream().filter(l -> l.type().isKept()).count();
            o.printf("%d cores, %d candidate links, %d corridors%n", result.network.cores().size(),
                    result.network.links().size(), kept);
            if (!result.layers.isEmpty()) {
                o.println("Published layers: " + String.join(", ", result.layers));
            }
            if (out != null) {
                o.println("Wrote " + out.resolve("corridors.tif") + ", nlcc.tif, corridors.gpkg, summary.json");
            }
            return 0;
        } catch (Exception e) {
            err.println("corridors: " + ImportCommand.describe(e));
            return 1;
        } finally {
            pool.shutdownNow();
        }
    }

    private record Result(CorridorNetwork network, CorridorFeatures features, List<String> layers, long runId) {
    }

    private Result fromStore(ExecutorService pool) {
        if (resistance != null || cores != null) {
            throw new IllegalArgumentException("Give either --species (stored data) or --resistance and --cores (files)");
        }
        try (SpatialStore store = StoreOptions.open()) {
            CorridorRequest request = new CorridorRequest(SpeciesCode.of(species), null, width, maxEuclidean, maxCost,
                    closedBorder);
            var outcome = new StoreCorridorAnalysis(store, pool).run(request, System.getProperty("user.name"),
                    new CliProgress(spec.commandLine().getErr()));
            return new Result(outcome.network(), outcome.features(), outcome.layers(), outcome.runId());
        }
    }

    private Result fromFiles(ExecutorService pool) throws Exception {
        if (resistance == null || cores == null || out == null) {
            throw new IllegalArgumentException("Give --resistance, --cores and --out (or --species for stored data)");
        }
        FloatGrid r = GeoTiffReader.read(resistance);
        GridGeometry g = r.geometry();
        CoreAreas coreAreas = cores.getFileName().toString().matches("(?i).*\\.tiff?$")
                ? CoreAreas.fromRaster(GeoTiffReader.read(cores)) : corePolygons(g);
        CorridorOptions options = CorridorOptions.defaults(width).withEuclideanDistanceRange(0, maxEuclidean)
                .withCostDistanceRange(0, maxCost);
        CorridorNetwork network = new CorridorNetworkBuilder(pool).build(r, coreAreas, options,
                new CliProgress(spec.commandLine().getErr()));
        Map<Integer, String> names = new HashMap<>();
        Map<Integer, Geometry> centroids = new HashMap<>();
        for (int id : coreAreas.ids()) {
            names.put(id, coreAreas.nameOf(id).isEmpty() ? String.valueOf(id) : coreAreas.nameOf(id));
            centroids.put(id, coreAreas.geometryOf(id).getCentroid());
        }
        return new Result(network, CorridorFeatures.of(network, g.epsg(), g.cellWidth(), names, centroids), List.of(), 0);
    }

    /** Polygons from a vector file; the core name comes from a {@code name} attribute when present. */
    private CoreAreas corePolygons(GridGeometry g) throws Exception {
        if (g.epsg() == 0) {
            throw new IllegalArgumentException(resistance + " declares no EPSG code; core polygons cannot be placed on it");
        }
        var toGrid = CoordinateTransforms.between(4326, g.epsg());
        List<CoreArea> list = new ArrayList<>();
        try (VectorSource source = VectorReaders.open(cores, ReadOptions.defaults());
                FeatureCursor cursor = source.cursor()) {
            int id = 1;
            while (cursor.hasNext()) {
                Feature f = cursor.next();
                if (f.geometry() != null && f.geometry().getDimension() == 2) {
                    Object name = f.get("name");
                    list.add(new CoreArea(id++, name == null ? null : name.toString(), toGrid.apply(f.geometry())));
                }
            }
        }
        return CoreAreas.fromPolygons(g, list);
    }

    private void write(Result r) throws Exception {
        Files.createDirectories(out);
        GeoTiffWriter.write(r.network.truncatedMosaic(), out.resolve("corridors.tif"));
        GeoTiffWriter.write(r.network.mosaic(), out.resolve("nlcc.tif"));
        LinkedHashMap<String, FeatureCursor> tables = new LinkedHashMap<>();
        tables.put("links", FeatureCursors.of(r.features.linkSchema(), r.features.links()));
        tables.put("paths", FeatureCursors.of(r.features.pathSchema(), r.features.paths()));
        tables.put("corridors", FeatureCursors.of(r.features.corridorSchema(), r.features.corridors()));
        VectorWriters.writeGeoPackage(tables, out.resolve("corridors.gpkg"));
        Map<String, Object> summary = new LinkedHashMap<>();
        if (r.runId > 0) {
            summary.put("runId", r.runId);
            summary.put("layers", r.layers);
        }
        summary.put("options", r.network.options().toString());
        summary.put("cores", CorridorFeatures.coreRows(r.network));
        summary.put("links", r.features.links().stream().map(Feature::attributes).toList());
        new ObjectMapper().writer().with(SerializationFeature.INDENT_OUTPUT).writeValue(out.resolve("summary.json").toFile(), summary);
    }
}
