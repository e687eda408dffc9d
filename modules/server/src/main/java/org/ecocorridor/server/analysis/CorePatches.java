package org.ecocorridor.server.analysis;

import java.util.List;
import org.ecocorridor.store.SpatialStore;
import org.ecocorridor.store.analysis.NamedGeometry;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * The core habitat patches of a species, optionally only those in some countries. A patch belongs to a
 * country when its interior point ({@link Geometry#getInteriorPoint()}, always inside the patch) lies in
 * the country's outline: a patch straddling a border counts for one country only, never two.
 */
final class CorePatches {
    private CorePatches() {
    }

    /**
     * @param countries ISO alpha-3 codes; empty = every core patch
     * @throws IllegalArgumentException for a code that is not in the {@code countries} table
     */
    static List<NamedGeometry> select(SpatialStore store, String species, List<String> countries) {
        List<NamedGeometry> patches = store.analysisInputs().habitatPatches(species, "core");
        if (countries.isEmpty()) {
            return patches;
        }
        List<NamedGeometry> known = store.analysisInputs().countries();
        for (String c : countries) {
            if (known.stream().noneMatch(k -> k.key().equals(c))) {
                throw new IllegalArgumentException("Unknown country \"" + c + "\"; known: "
                        + known.stream().map(NamedGeometry::key).toList());
            }
        }
        Geometry area = new GeometryFactory().buildGeometry(known.stream().filter(k -> countries.contains(k.key()))
                .map(NamedGeometry::geometry).toList());
        return patches.stream().filter(p -> area.intersects(p.geometry().getInteriorPoint())).toList();
    }
}
