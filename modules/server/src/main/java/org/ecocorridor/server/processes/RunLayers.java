package org.ecocorridor.server.processes;

import org.ecocorridor.store.ingest.RunPublisher;

/** Names of a job's layers before they are published (figures refer to them by name). */
final class RunLayers {
    private RunLayers() {
    }

    static String pending(ProcessContext context, String suffix) {
        return RunPublisher.layerName(context.runId(), suffix);
    }
}
