package org.ecocorridor.server.processes;

import java.util.List;
import java.util.concurrent.Executor;

/** Every process Ecocorridor offers, in listing order. */
public final class Processes {
    private Processes() {
    }

    /** @param executor for parallel work inside runs (the corridor links) */
    public static ProcessRegistry all(Executor executor) {
        return new ProcessRegistry(List.of(new ResistanceSurfaceProcess(executor), new LeastCostCorridorsProcess(executor),
                new PatchConnectivityProcess(executor), new CountrySharesProcess(),
                new TransboundaryConnectivityProcess(executor), new FlywayNetworkProcess(),
                new InfrastructureRiskProcess(), new CorridorReportProcess(executor)));
    }
}
