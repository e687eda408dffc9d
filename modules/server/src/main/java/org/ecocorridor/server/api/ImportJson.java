package org.ecocorridor.server.api;

import java.util.List;
import org.ecocorridor.server.layers.LayerImportOutcome;

/** The response to a layer upload. Immutable. */
record ImportJson(LayerJson layer, long featuresWritten, boolean replaced, int sourceEpsg, List<String> warnings,
        List<String> repairs) {

    static ImportJson of(LayerImportOutcome o) {
        return new ImportJson(LayerJson.of(o.layer()), o.featuresWritten(), o.replaced(), o.sourceEpsg(),
                o.warnings(), o.repairs());
    }
}
