package org.ecocorridor.connectivity.resistance;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import org.ecocorridor.core.crs.CoordinateTransforms;
import org.ecocorridor.core.grid.CellMask;
import org.ecocorridor.core.grid.FloatGrid;
import org.ecocorridor.core.grid.GridGeometry;
import org.ecocorridor.core.grid.GridRasterizer;
import org.ecocorridor.core.progress.ProgressListener;
import org.locationtech.jts.geom.Geometry;

/**
 * Builds a species resistance surface: land-cover class → resistance from the species profile, then
 * each overlay burned in, in order, with its {@link OverlayRule}.
 *
 * <p>For a cell with land-cover code k: r = profile(k); NoData when k is NoData or a barrier class.
 * Then for each overlay i covering the cell: r ← r + vᵢ (ADD), r · vᵢ (MULTIPLY), max(r, vᵢ) (MAX) or
 * NoData (BARRIER). Overlays therefore compose in list order (a BARRIER cannot be undone). Land-cover
 * rasters hold integral class codes as floats (exact up to 2²⁴).
 *
 * <p>Thread-safe: stateless.
 */
public final class ResistanceSurfaceBuilder {

    private ResistanceSurfaceBuilder() {
    }

    /**
     * Builds the surface on the land-cover grid's geometry.
     *
     * @param landCover class codes (integral values, NaN = NoData)
     * @throws IllegalArgumentException for a non-integral code, or codes the profile does not cover
     *                                  (all such codes are listed)
     * @throws java.util.concurrent.CancellationException when the listener cancels
     */
    public static ResistanceSurface build(FloatGrid landCover, ResistanceProfile profile, List<ResistanceOverlay> overlays,
            ProgressListener listener) {
        Objects.requireNonNull(landCover, "landCover");
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(overlays, "overlays");
        GridGeometry g = landCover.geometry();
        float[] classes = landCover.values();
        float[] r = new float[classes.length];
        TreeSet<Integer> unmapped = new TreeSet<>();
        for (int i = 0; i < classes.length; i++) {
            float v = classes[i];
            if (Float.isNaN(v)) {
                r[i] = Float.NaN;
                continue;
            }
            if (v != Math.rint(v)) {
                throw new IllegalArgumentException("Land-cover codes must be integers, got " + v + " at cell ("
                        + g.rowOfIndex(i) + ", " + g.colOfIndex(i) + ")");
            }
            int code = (int) v;
            Double value = profile.resistanceByClass().get(code);
            if (value != null) {
                r[i] = value.floatValue();
            } else {
                r[i] = Float.NaN;
                if (!profile.barrierClasses().contains(code)) {
                    unmapped.add(code);
                }
            }
        }
        if (!unmapped.isEmpty()) {
            throw new IllegalArgumentException("Resistance profile '" + profile.name()
                    + "' has no value for land-cover classes " + unmapped);
        }
        List<AppliedOverlay> applied = new ArrayList<>();
        for (int k = 0; k < overlays.size(); k++) {
            listener.throwIfCancelled();
            listener.progress((double) k / Math.max(1, overlays.size()), "Burning overlay " + overlays.get(k).name());
            applied.add(apply(g, r, overlays.get(k)));
        }
        listener.progress(1, "Resistance surface built");
        ResistanceParameters parameters = new ResistanceParameters(profile.name(), g, profile.resistanceByClass(),
                profile.barrierClasses(), applied);
        return new ResistanceSurface(new FloatGrid(g, r), parameters);
    }

    private static AppliedOverlay apply(GridGeometry g, float[] r, ResistanceOverlay overlay) {
        Geometry geometry = overlay.geometry();
        int srid = geometry.getSRID();
        if (srid != 0 && g.epsg() != 0 && srid != g.epsg()) {
            geometry = CoordinateTransforms.between(srid, g.epsg()).apply(geometry);
        }
        CellMask mask = GridRasterizer.rasterize(g, geometry, overlay.widthMetres());
        float value = (float) overlay.value();
        OverlayRule rule = overlay.rule();
        mask.forEach(i -> {
            float current = r[i];
            r[i] = switch (rule) {
                case ADD -> current + value;
                case MULTIPLY -> current * value;
                case MAX -> Float.isNaN(current) ? current : Math.max(current, value);
                case BARRIER -> Float.NaN;
            };
        });
        return new AppliedOverlay(overlay.name(), rule, overlay.value(), overlay.widthMetres(), mask.cardinality());
    }
}
