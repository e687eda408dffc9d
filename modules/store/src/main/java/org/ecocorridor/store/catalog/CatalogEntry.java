package org.ecocorridor.store.catalog;

import java.time.Instant;
import java.util.Objects;
import org.ecocorridor.core.catalog.LayerInfo;

/**
 * One row of the layer catalog: what protocols publish ({@link LayerInfo}) plus where the data
 * lives and who made it. Immutable.
 *
 * @param info      published description; bbox, time extent, feature count and updatedAt are
 *                  computed by the catalog, whatever the caller passes
 * @param storage   table/view or raster behind the layer
 * @param owner     user who created the layer (imports, results), or null for system layers
 * @param runId     analysis run that produced the layer, or null
 * @param createdAt first registration, or null before the entry is stored
 */
public record CatalogEntry(LayerInfo info, LayerStorage storage, String owner, Long runId, Instant createdAt) {
    public CatalogEntry {
        Objects.requireNonNull(info, "info");
        Objects.requireNonNull(storage, "storage");
        if (info.kind() != storage.kind()) {
            throw new IllegalArgumentException("Layer \"" + info.name() + "\" is declared " + info.kind().code()
                    + " but its storage is " + storage.kind().code());
        }
    }

    /** An entry without owner or run, not yet stored. */
    public static CatalogEntry of(LayerInfo info, LayerStorage storage) {
        return new CatalogEntry(info, storage, null, null, null);
    }

    public String name() {
        return info.name();
    }
}
