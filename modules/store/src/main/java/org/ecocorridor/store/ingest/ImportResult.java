package org.ecocorridor.store.ingest;

import java.util.Objects;
import org.ecocorridor.store.catalog.CatalogEntry;

/**
 * Outcome of a successful import. Immutable.
 *
 * @param layer           the catalog entry as stored (bbox, count and time extent measured)
 * @param featuresWritten number of features written
 * @param replaced        whether an earlier layer of the same name was replaced
 */
public record ImportResult(CatalogEntry layer, long featuresWritten, boolean replaced) {
    public ImportResult {
        Objects.requireNonNull(layer, "layer");
    }
}
