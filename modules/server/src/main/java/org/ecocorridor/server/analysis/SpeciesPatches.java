package org.ecocorridor.server.analysis;

import java.util.ArrayList;
import java.util.List;
import org.ecocorridor.core.crs.CoordinateTransforms;
import org.ecocorridor.core.crs.GeometryTransform;
import org.ecocorridor.core.grid.GridGeometry;
import org.ecocorridor.core.species.SpeciesCode;
import org.ecocorridor.store.SpatialStore;
import org.ecocorridor.store.analysis.NamedGeometry;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * A big cat's core habitat patches on its study area, numbered exactly as {@link StoreCorridorAnalysis}
 * numbers its cores (1, 2, … over the {@code core} patches, by id, that intersect the land-cover
 * raster's extent), so that patch ids and corridor-run core ids agree.
 *
 * <p>Study area: the extent of the species' default land-cover raster ({@link CorridorRequest}). The
 * landscape area A<sub>L</sub> is that extent's area in its UTM CRS, in km² (UTM scale error at most
 * about 0.1 %, so area error at most about 0.2 %). Patch attributes a<sub>i</sub> are the patch areas
 * clipped to the extent, in km², measured in the same CRS.
 *
 * <p>Immutable.
 *
 * @param gridEpsg          EPSG code of the raster (UTM)
 * @param landscapeAreaKm2  A<sub>L</sub>
 * @param patches           the patches, by id
 */
record SpeciesPatches(int gridEpsg, double landscapeAreaKm2, List<Entry> patches) {

    /**
     * One patch.
     *
     * @param id           "1", "2", … (the corridor run's core id)
     * @param name         {@code habitat_patches.name}
     * @param gridGeometry clipped outline in the raster's CRS (metres)
     * @param lonLat       the same outline in EPSG:4326
     * @param areaKm2      area of the clipped outline
     */
    record Entry(String id, String name, Geometry gridGeometry, Geometry lonLat, double areaKm2) {
    }

    SpeciesPatches {
        patches = List.copyOf(patches);
    }

    static SpeciesPatches of(SpatialStore store, SpeciesCode species) {
        return of(store, CorridorRequest.of(species));
    }

    /** The core patches of a request's species, raster and countries (the corridor run's cores, in order). */
    static SpeciesPatches of(SpatialStore store, CorridorRequest request) {
        SpeciesCode species = request.species();
        String raster = request.landCoverRaster();
        GridGeometry grid = store.rasters().info(raster).orElseThrow(
                () -> new IllegalArgumentException("No stored raster \"" + raster + "\" for " + species.code()))
                .geometry();
        GeometryTransform toGrid = CoordinateTransforms.between(4326, grid.epsg());
        GeometryTransform toLonLat = CoordinateTransforms.between(grid.epsg(), 4326);
        Geometry extent = new GeometryFactory().toGeometry(grid.envelope());
        List<Entry> entries = new ArrayList<>();
        int id = 1;
        for (NamedGeometry p : CorePatches.select(store, species.code(), request.countries())) {
            Geometry g = toGrid.apply(p.geometry());
            if (g.intersects(extent)) {
                Geometry clipped = g.intersection(extent);
                Geometry lonLat = toLonLat.apply(clipped);
                lonLat.setSRID(4326);
                entries.add(new Entry(String.valueOf(id++), p.name(), clipped, lonLat, clipped.getArea() / 1e6));
            }
        }
        if (entries.size() < 2) {
            throw new IllegalArgumentException("Species " + species.code() + " has " + entries.size()
                    + " core habitat patch(es) on " + raster + "; a patch graph needs at least 2");
        }
        return new SpeciesPatches(grid.epsg(), grid.envelope().getArea() / 1e6, entries);
    }
}
