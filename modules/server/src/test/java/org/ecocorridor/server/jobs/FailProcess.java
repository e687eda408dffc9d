package org.ecocorridor.server.jobs;

import java.util.List;
import java.util.Map;
import org.ecocorridor.server.processes.AnalysisProcess;
import org.ecocorridor.server.processes.ProcessContext;
import org.ecocorridor.server.processes.ProcessDescription;
import org.ecocorridor.server.processes.ProcessOutcome;
import org.ecocorridor.store.SpatialStore;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** A test process that always fails as analyses do when the data do not allow them. Stateless. */
final class FailProcess implements AnalysisProcess {
    static final String REASON = "No habitat patches of the species in the area";

    @Override
    public String id() {
        return "fail";
    }

    @Override
    public ProcessDescription describe(SpatialStore store) {
        return new ProcessDescription("fail", "Always fails", "Fails (a test process)", "1.0.0", List.of("test"),
                Map.of(), Map.of(), true);
    }

    @Override
    public ObjectNode validate(JsonNode inputs, SpatialStore store) {
        return JsonNodeFactory.instance.objectNode();
    }

    @Override
    public ProcessOutcome execute(ProcessContext context) {
        context.progress().progress(0.5, "looking for patches");
        throw new IllegalArgumentException(REASON);
    }
}
