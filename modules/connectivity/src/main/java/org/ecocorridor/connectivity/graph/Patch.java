package org.ecocorridor.connectivity.graph;

import java.util.Objects;
import org.locationtech.jts.geom.Geometry;

/**
 * A habitat patch, the node of a patch graph.
 *
 * <p>Immutable (JTS geometries are treated as immutable: do not modify one after passing it in).
 *
 * @param id        unique, non-blank identifier (for example the {@code habitat_patches.id} as text)
 * @param attribute the node weight a<sub>i</sub> of Conefor and Graphab ("capacity"): the patch area,
 *                  or area × quality, or a quality score; finite and ≥ 0. All patches of one graph and
 *                  the landscape area A<sub>L</sub> must use the same unit (e.g. hectares).
 * @param geometry  the patch outline in a projected CRS in metres, needed only by
 *                  {@link EuclideanLinks}; null when links come from a corridor run
 */
public record Patch(String id, double attribute, Geometry geometry) {

    public Patch {
        Objects.requireNonNull(id, "id");
        if (id.isBlank()) {
            throw new IllegalArgumentException("Patch id must not be blank");
        }
        if (!(attribute >= 0) || Double.isInfinite(attribute)) {
            throw new IllegalArgumentException("Patch attribute must be finite and >= 0, got " + attribute
                    + " for patch " + id);
        }
    }

    /** A patch without geometry. */
    public Patch(String id, double attribute) {
        this(id, attribute, null);
    }
}
