package org.ecocorridor.server.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import org.ecocorridor.connectivity.corridor.CoreArea;
import org.ecocorridor.connectivity.corridor.CoreAreas;
import org.ecocorridor.connectivity.corridor.CorridorNetwork;
import org.ecocorridor.connectivity.corridor.CorridorNetworkBuilder;
import org.ecocorridor.connectivity.corridor.CorridorOptions;
import org.ecocorridor.connectivity.resistance.OverlayRule;
import org.ecocorridor.connectivity.resistance.ResistanceOverlay;
import org.ecocorridor.connectivity.resistance.ResistanceProfile;
import org.ecocorridor.connectivity.resistance.ResistanceSurface;
import org.ecocorridor.connectivity.resistance.ResistanceSurfaceBuilder;
import org.ecocorridor.core.crs.CoordinateTransforms;
import org.ecocorridor.core.crs.GeometryTransform;
import org.ecocorridor.core.grid.FloatGrid;
import org.ecocorridor.core.grid.GridGeometry;
import org.ecocorridor.core.progress.ProgressListener;
import org.ecocorridor.store.SpatialStore;
import org.ecocorridor.store.analysis.NamedGeometry;
import org.ecocorridor.store.analysis.ResistanceTable;
import org.ecocorridor.store.ingest.ResultLayer;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * A least-cost corridor run on stored data, from land cover to published layers:
 * <ol>
 *   <li>land-cover raster → species resistance ({@code resistance_values} of the species' profile);</li>
 *   <li>overlays burned in (see {@link #OVERLAYS}); with {@code closedBorder} the countries' shared
 *       borders become absolute barriers;</li>
 *   <li>core areas = the species' {@code core} habitat patches, reprojected to the raster's CRS;</li>
 *   <li>the Linkage Mapper pipeline ({@link CorridorNetworkBuilder});</li>
 *   <li>outputs published as {@code run_<id>_resistance}, {@code run_<id>_corridors} (truncated NLCC
 *       mosaic), {@code run_<id>_corridor_polygons}, {@code run_<id>_lcps} and {@code run_<id>_links},
 *       in one all-or-nothing step.</li>
 * </ol>
 *
 * <p>Thread-safe; one run per call.
 */
public final class StoreCorridorAnalysis {
    /**
     * Overlays added to every big-cat resistance surface: infrastructure kind, rule, value and width in
     * metres. Illustrative values, consistent with the demo resistance scale (1 = forest, 100 = city):
     * a main road adds as much resistance as 20 m of open farmland per metre crossed.
     */
    static final List<OverlaySpec> OVERLAYS = List.of(
            new OverlaySpec("road", OverlayRule.ADD, 20.0, 200.0),
            new OverlaySpec("railway", OverlayRule.ADD, 10.0, 100.0),
            new OverlaySpec("border_fence", OverlayRule.ADD, 50.0, 100.0));

    /** How one infrastructure kind is burned into the resistance. Immutable. */
    record OverlaySpec(String kind, OverlayRule rule, double value, double widthMetres) {
    }
    private static final double CLOSED_BORDER_WIDTH_METRES = 500;

    private final SpatialStore store;
    private final Executor executor;

    public StoreCorridorAnalysis(SpatialStore store, Executor executor) {
        this.store = store;
        this.executor = executor;
    }

    /** The outcome: the run id, the published layer names and the network itself. */
    public record Outcome(long runId, List<String> layers, CorridorNetwork network, CorridorFeatures features,
            FloatGrid resistance) {
    }

    /**
     * Runs and publishes.
     *
     * @param user who asked (recorded on the run and as layer owner), or null
     * @throws IllegalArgumentException for a bad request (unknown raster, no cores)
     */
    public Outcome run(CorridorRequest request, String user, ProgressListener listener) {
        return run(request, RunScope.standalone(store, user), listener);
    }

    /** Runs in {@code scope} (a job's, or a standalone run). */
    public Outcome run(CorridorRequest request, RunScope scope, ProgressListener listener) {
        FloatGrid landCover = store.rasters().info(request.landCoverRaster()).map(i -> store.rasters().load(i.name()))
                .orElseThrow(() -> new IllegalArgumentException("No stored raster \"" + request.landCoverRaster() + "\""));
        long runId = scope.begin("least-cost-corridors", parametersJson(request));
        try {
            return run(request, runId, landCover, scope, listener);
        } catch (RuntimeException e) {
            scope.failed(runId, e.getMessage());
            throw e;
        }
    }

    private Outcome run(CorridorRequest request, long runId, FloatGrid landCover, RunScope scope,
            ProgressListener listener) {
        String species = request.species().code();
        GridGeometry grid = landCover.geometry();
        ResistanceSurface resistance = resistance(request, landCover, listener.range(0, 0.1));
        CoreAreas cores = cores(species, request.countries(), grid);
        CorridorOptions options = CorridorOptions.defaults(request.truncationWidth())
                .withEuclideanDistanceRange(0, request.maxEuclideanMetres())
                .withCostDistanceRange(0, request.maxCostDistance());
        CorridorNetwork network = new CorridorNetworkBuilder(executor).build(resistance.grid(), cores, options,
                listener.range(0.1, 0.9));
        listener.progress(0.9, "Publishing layers");
        Map<Integer, String> names = new HashMap<>();
        Map<Integer, Geometry> centroids = new HashMap<>();
        for (int id : cores.ids()) {
            names.put(id, cores.nameOf(id));
            centroids.put(id, cores.geometryOf(id).getCentroid());
        }
        CorridorFeatures features = CorridorFeatures.of(network, grid.epsg(), grid.cellWidth(), names, centroids);
        String what = request.species().code() + " on " + request.landCoverRaster()
                + (request.closedBorder() ? ", borders closed" : "");
        List<ResultLayer> layers = List.of(
                ResultLayer.raster("resistance", "Resistance, " + what, "Resistance surface (cost per metre).",
                        "resistance", resistance.grid(), parametersJson(request)),
                ResultLayer.raster("corridors", "Least-cost corridors, " + what,
                        "Normalised least-cost corridors (NLCC, cost-weighted metres), truncated at "
                                + request.truncationWidth() + ".", "corridors", network.truncatedMosaic(), parametersJson(request)),
                ResultLayer.vector("corridor_polygons", "Corridor polygons, " + what, "One polygon per corridor link.",
                        "corridor_polygons", features.corridorSchema(), features.corridors()),
                ResultLayer.vector("lcps", "Least-cost paths, " + what, "Least-cost path of every link with its statistics.",
                        "lcp", features.pathSchema(), features.paths()),
                ResultLayer.vector("links", "Link table, " + what, "Every candidate link (kept and dropped, with"
                        + " Linkage Mapper's codes), drawn between core centroids.", "lcp", features.linkSchema(),
                        features.links()));
        List<String> entries = scope.publish(runId, layers);
        scope.succeeded(runId,
                network.corridors().size() + " corridors between " + network.cores().size() + " cores");
        listener.progress(1, "Done");
        return new Outcome(runId, entries, network, features, resistance.grid());
    }

    /**
     * The species' resistance surface on the request's land cover, with the overlays burned in.
     *
     * @throws IllegalArgumentException for an unknown raster
     */
    public ResistanceSurface resistance(CorridorRequest request, ProgressListener listener) {
        FloatGrid landCover = store.rasters().info(request.landCoverRaster()).map(i -> store.rasters().load(i.name()))
                .orElseThrow(() -> new IllegalArgumentException("No stored raster \"" + request.landCoverRaster() + "\""));
        return resistance(request, landCover, listener);
    }

    private ResistanceSurface resistance(CorridorRequest request, FloatGrid landCover, ProgressListener listener) {
        listener.progress(0.2, "Building the resistance surface");
        ResistanceTable table = store.analysisInputs().resistanceTable(request.species().code());
        return ResistanceSurfaceBuilder.build(landCover,
                new ResistanceProfile(table.profile(), table.resistances(), table.barrierClasses()),
                overlays(landCover.geometry(), request.closedBorder()), listener.range(0.2, 1));
    }

    /** The overlays burned into every big-cat resistance surface (kind, rule, value, width in metres). */
    public static List<String> overlayDescriptions() {
        return OVERLAYS.stream().map(o -> o.kind() + ": " + o.rule().name().toLowerCase(java.util.Locale.ROOT) + " "
                + o.value() + " over " + o.widthMetres() + " m").toList();
    }

    private CoreAreas cores(String species, List<String> countries, GridGeometry grid) {
        List<NamedGeometry> patches = CorePatches.select(store, species, countries);
        GeometryTransform toGrid = CoordinateTransforms.between(4326, grid.epsg());
        Geometry extent = new GeometryFactory().toGeometry(grid.envelope());
        List<CoreArea> cores = new ArrayList<>();
        int id = 1;
        for (NamedGeometry p : patches) {
            Geometry g = toGrid.apply(p.geometry());
            if (g.intersects(extent)) {
                cores.add(new CoreArea(id++, p.name(), g.intersection(extent)));
            }
        }
        if (cores.size() < 2) {
            throw new IllegalArgumentException("Species " + species + " has " + cores.size()
                    + " core habitat patch(es) on the raster's extent; corridors need at least 2");
        }
        return CoreAreas.fromPolygons(grid, cores);
    }

    private List<ResistanceOverlay> overlays(GridGeometry grid, boolean closedBorder) {
        Envelope lonLat = CoordinateTransforms.between(grid.epsg(), 4326).apply(grid.envelope(), 16);
        List<ResistanceOverlay> overlays = new ArrayList<>();
        for (OverlaySpec o : OVERLAYS) {
            List<Geometry> parts = store.analysisInputs().infrastructure(o.kind()).stream()
                    .map(NamedGeometry::geometry).filter(g -> g.getEnvelopeInternal().intersects(lonLat)).toList();
            if (!parts.isEmpty()) {
                Geometry all = new GeometryFactory().buildGeometry(parts);
                all.setSRID(4326);
                overlays.add(new ResistanceOverlay(o.kind(), all, o.rule(), o.value(), o.widthMetres()));
            }
        }
        if (closedBorder) {
            Geometry borders = SharedBorders.of(store.analysisInputs().countries(), lonLat);
            if (!borders.isEmpty()) {
                overlays.add(ResistanceOverlay.closedBorder(borders, CLOSED_BORDER_WIDTH_METRES));
            }
        }
        return overlays;
    }

    private static String parametersJson(CorridorRequest r) {
        return String.format(java.util.Locale.ROOT, "{\"species\":\"%s\",\"landcover\":\"%s\",\"truncationWidth\":%s,"
                + "\"maxEuclideanMetres\":%s,\"maxCostDistance\":%s,\"closedBorder\":%s}", r.species().code(),
                r.landCoverRaster(), r.truncationWidth(), jsonNumber(r.maxEuclideanMetres()),
                jsonNumber(r.maxCostDistance()), r.closedBorder());
    }

    private static String jsonNumber(double v) {
        return Double.isFinite(v) ? String.valueOf(v) : "null";
    }
}
