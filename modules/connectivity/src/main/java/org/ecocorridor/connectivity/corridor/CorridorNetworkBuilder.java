package org.ecocorridor.connectivity.corridor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.ecocorridor.connectivity.costdistance.CostDistanceOptions;
import org.ecocorridor.core.grid.CellMask;
import org.ecocorridor.core.grid.FloatGrid;
import org.ecocorridor.core.grid.GridGeometry;
import org.ecocorridor.core.grid.GridVectoriser;
import org.ecocorridor.core.progress.ProgressListener;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;

/**
 * Builds a corridor network across core areas by the Linkage Mapper method (McRae &amp; Kavanagh 2011):
 * <ol>
 *   <li>candidate links from allocation adjacency ({@link CandidateLinks});</li>
 *   <li>Euclidean edge-to-edge distance per link; links outside the Euclidean limits dropped (−11, −13);</li>
 *   <li>per core, in parallel: cost-weighted distance (CWD) from all its cells, then per link A–B the
 *       least-cost distance, least-cost path and intermediate-core test ({@link CoreCostDistance});
 *       links unreachable or outside the cost limits dropped (−12, −14), then links through a third
 *       core (−15);</li>
 *   <li>optionally only each core's N nearest neighbours kept (10; others −1);</li>
 *   <li>per kept link, in parallel: NLCC = CWD_A + CWD_B − LCD ({@link Nlcc}) truncated at the width and
 *       vectorised; then the mosaic (cell-wise minimum over kept links).</li>
 * </ol>
 * Output order is deterministic (links by (coreA, coreB), cores by id) whatever the executor.
 *
 * <p>Memory: besides the transient search arrays (about 13 bytes per cell per concurrent core), one
 * float CWD grid per core with a candidate link (4 bytes per cell per core). The CWD searches are not
 * bounded by the maximum cost distance, so that the link table reports the true least-cost distance of
 * links dropped as too long, and the untruncated mosaic is exact everywhere.
 *
 * <p>Progress: reported from executor threads, so the listener must be thread-safe; cancellation is
 * checked in every search and between steps.
 *
 * <p>Thread-safe: immutable; {@link #build} may be called concurrently.
 */
public final class CorridorNetworkBuilder {
    private final Executor executor;

    /** @param executor runs per-core and per-link tasks (e.g. a fixed pool; {@code Runnable::run} for serial) */
    public CorridorNetworkBuilder(Executor executor) {
        this.executor = Objects.requireNonNull(executor, "executor");
    }

    /**
     * Runs the whole pipeline.
     *
     * @param resistance resistance grid (NaN = impassable) on the cores' grid
     * @throws IllegalArgumentException when the grids differ or the resistance is invalid
     * @throws java.util.concurrent.CancellationException when the listener cancels
     */
    public CorridorNetwork build(FloatGrid resistance, CoreAreas cores, CorridorOptions options,
            ProgressListener listener) {
        GridGeometry g = resistance.geometry();
        if (!g.equals(cores.grid())) {
            throw new IllegalArgumentException("Resistance and core grids differ: " + g + " vs " + cores.grid());
        }
        AtomicBoolean failed = new AtomicBoolean();
        ProgressListener cancelOnly = new ProgressListener() {
            @Override
            public void progress(double fraction, String message) {
            }

            @Override
            public boolean isCancelled() {
                return failed.get() || listener.isCancelled();
            }
        };
        CostDistanceOptions unbounded = new CostDistanceOptions(options.neighbourhood(), options.units(),
                Double.POSITIVE_INFINITY);
        List<CandidateLink> candidates = CandidateLinks.find(resistance, cores, options.adjacency(), unbounded,
                listener.range(0, 0.2));
        int n = candidates.size();
        LinkType[] types = new LinkType[n];
        double[] euclidean = new double[n];
        for (int i = 0; i < n; i++) {
            CandidateLink c = candidates.get(i);
            euclidean[i] = LinkRules.euclideanDistance(cores.geometryOf(c.coreA()), cores.geometryOf(c.coreB()));
            types[i] = LinkRules.euclidean(euclidean[i], options);
        }
        listener.throwIfCancelled();

        Map<Integer, float[]> cwd = new HashMap<>();
        CoreCostDistance.Measurement[] measured = costDistances(resistance, cores, candidates, types, unbounded,
                cancelOnly, failed, listener.range(0.2, 0.7), cwd);
        double[] lcd = new double[n];
        for (int i = 0; i < n; i++) {
            lcd[i] = measured[i] == null ? Double.NaN : measured[i].cwd();
            if (types[i] == null) {
                types[i] = LinkRules.cost(lcd[i], measured[i].crossesOtherCore(), options);
            }
        }
        LinkRules.nearestNeighbours(candidates, types, lcd, euclidean, options);
        for (int i = 0; i < n; i++) {
            if (types[i] == null) {
                types[i] = LinkType.CORRIDOR;
            }
        }
        listener.throwIfCancelled();
        double[] norms = new double[n];
        List<CorridorPolygon> corridors = corridors(g, candidates, types, lcd, cwd, norms, options, cancelOnly, failed,
                listener.range(0.7, 0.9));
        FloatGrid[] mosaic = mosaic(g, candidates, types, cwd, norms, options, cancelOnly, listener.range(0.9, 1));
        return CorridorOutputs.assemble(cores, candidates, types, euclidean, lcd, measured, corridors, mosaic, options);
    }

    private CoreCostDistance.Measurement[] costDistances(FloatGrid resistance, CoreAreas cores,
            List<CandidateLink> candidates, LinkType[] types, CostDistanceOptions searchOptions,
            ProgressListener cancelOnly, AtomicBoolean failed, ProgressListener progress, Map<Integer, float[]> cwd) {
        TreeMap<Integer, List<Integer>> linksBySource = new TreeMap<>();
        for (int i = 0; i < candidates.size(); i++) {
            if (types[i] == null) {
                CandidateLink c = candidates.get(i);
                linksBySource.computeIfAbsent(c.coreA(), k -> new ArrayList<>()).add(i);
                linksBySource.computeIfAbsent(c.coreB(), k -> new ArrayList<>());
            }
        }
        AtomicInteger done = new AtomicInteger();
        int total = linksBySource.size();
        List<Supplier<CoreCostDistance.Result>> tasks = new ArrayList<>();
        linksBySource.forEach((core, links) -> tasks.add(guarded(failed, () -> {
            CoreCostDistance.Result r = CoreCostDistance.measure(resistance, cores, core, links, candidates,
                    searchOptions, cancelOnly);
            progress.progress((double) done.incrementAndGet() / total, "Cost-weighted distance from core " + core);
            return r;
        })));
        CoreCostDistance.Measurement[] measured = new CoreCostDistance.Measurement[candidates.size()];
        for (CoreCostDistance.Result r : Parallel.supply(tasks, executor)) {
            cwd.put(r.coreId(), r.cwd());
            for (CoreCostDistance.Measurement m : r.measurements()) {
                measured[m.linkIndex()] = m;
            }
        }
        return measured;
    }

    private List<CorridorPolygon> corridors(GridGeometry g, List<CandidateLink> candidates, LinkType[] types,
            double[] lcd, Map<Integer, float[]> cwd, double[] norms, CorridorOptions options,
            ProgressListener cancelOnly, AtomicBoolean failed, ProgressListener progress) {
        TreeSet<Integer> needed = new TreeSet<>();
        List<Integer> kept = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            if (types[i].isKept()) {
                kept.add(i);
                needed.add(candidates.get(i).coreA());
                needed.add(candidates.get(i).coreB());
            }
        }
        cwd.keySet().retainAll(needed); // release CWD grids no kept corridor needs
        GeometryFactory factory = new GeometryFactory(new PrecisionModel(), g.epsg());
        AtomicInteger done = new AtomicInteger();
        List<Supplier<CorridorPolygon>> tasks = new ArrayList<>();
        for (int i : kept) {
            CandidateLink c = candidates.get(i);
            tasks.add(guarded(failed, () -> {
                cancelOnly.throwIfCancelled();
                float[] a = cwd.get(c.coreA());
                float[] b = cwd.get(c.coreB());
                norms[i] = Nlcc.normalisation(a, b);
                CellMask cells = Nlcc.corridorCells(g, a, b, norms[i], options.truncationWidth());
                CorridorPolygon p = new CorridorPolygon(i + 1, c.coreA(), c.coreB(),
                        GridVectoriser.toPolygons(cells, factory), cells.cardinality(),
                        cells.cardinality() * g.cellArea(), lcd[i]);
                progress.progress((double) done.incrementAndGet() / kept.size(), "Corridor of link " + (i + 1));
                return p;
            }));
        }
        return Parallel.supply(tasks, executor);
    }

    private FloatGrid[] mosaic(GridGeometry g, List<CandidateLink> candidates, LinkType[] types,
            Map<Integer, float[]> cwd, double[] norms, CorridorOptions options, ProgressListener cancelOnly,
            ProgressListener progress) {
        List<CorridorMosaic.Term> terms = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            if (types[i].isKept()) {
                float[] a = cwd.get(candidates.get(i).coreA());
                float[] b = cwd.get(candidates.get(i).coreB());
                terms.add(new CorridorMosaic.Term(a, b, norms[i]));
            }
        }
        FloatGrid[] out = CorridorMosaic.build(g, terms, options.truncationWidth(), executor, cancelOnly::isCancelled);
        progress.progress(1, "Corridor mosaic done");
        return out;
    }

    /** Marks the run as failed when a task throws, so that the other tasks stop at their next check. */
    private static <T> Supplier<T> guarded(AtomicBoolean failed, Supplier<T> task) {
        return () -> {
            try {
                return task.get();
            } catch (RuntimeException | Error e) {
                failed.set(true);
                throw e;
            }
        };
    }
}
