package org.ecocorridor.server.jobs;

import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ecocorridor.core.feature.AttributeDescriptor;
import org.ecocorridor.core.feature.AttributeType;
import org.ecocorridor.core.feature.Feature;
import org.ecocorridor.core.feature.FeatureSchema;
import org.ecocorridor.core.feature.GeometryKind;
import org.ecocorridor.core.progress.ProgressListener;
import org.ecocorridor.report.model.Paragraph;
import org.ecocorridor.report.model.ReportSection;
import org.ecocorridor.report.model.RunMetadata.InputRecord;
import org.ecocorridor.server.processes.AnalysisProcess;
import org.ecocorridor.server.processes.InvalidInputException;
import org.ecocorridor.server.processes.ProcessContext;
import org.ecocorridor.server.processes.ProcessDescription;
import org.ecocorridor.server.processes.ProcessOutcome;
import org.ecocorridor.store.SpatialStore;
import org.ecocorridor.store.ingest.ResultLayer;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A test process: counts {@code steps} steps of {@code stepMillis} each, reporting progress and honouring
 * cancellation, records each execution in table {@code test_executions} (so tests can count them), and
 * publishes layer {@code points}: {@code steps} points at (130 + i/10, 43). Thread-safe (stateless).
 */
final class CountProcess implements AnalysisProcess {
    static final FeatureSchema SCHEMA = new FeatureSchema(GeometryKind.POINT, 4326,
            List.of(new AttributeDescriptor("step", AttributeType.INTEGER, false)));
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private final String id;
    private final boolean synchronousAllowed;

    CountProcess(String id, boolean synchronousAllowed) {
        this.id = id;
        this.synchronousAllowed = synchronousAllowed;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public ProcessDescription describe(SpatialStore store) {
        ObjectNode steps = F.objectNode().put("type", "integer").put("minimum", 1).put("maximum", 1000).put("default", 5);
        ObjectNode millis = F.objectNode().put("type", "integer").put("minimum", 0).put("default", 50);
        ObjectNode points = F.objectNode();
        points.putObject("format").put("mediaType", "application/geo+json");
        ObjectNode count = F.objectNode().put("type", "integer");
        return new ProcessDescription(id, "Count steps", "Counts steps slowly (a test process)", "1.0.0",
                List.of("test"), Map.of("steps", new ProcessDescription.Parameter("Steps", "how many", steps, 0, 1),
                        "stepMillis", new ProcessDescription.Parameter("Step duration", "milliseconds", millis, 0, 1)),
                Map.of("points", new ProcessDescription.Parameter("Points", "one per step", points, 1, 1),
                        "count", new ProcessDescription.Parameter("Count", "steps done", count, 1, 1)),
                synchronousAllowed);
    }

    @Override
    public ObjectNode validate(JsonNode inputs, SpatialStore store) {
        ObjectNode out = F.objectNode();
        out.put("steps", integer(inputs, "steps", 5, 1, 1000));
        out.put("stepMillis", integer(inputs, "stepMillis", 50, 0, 600_000));
        return out;
    }

    private static int integer(JsonNode inputs, String name, int dflt, int min, int max) {
        JsonNode v = inputs.get(name);
        if (v == null) {
            return dflt;
        }
        if (!v.isIntegralNumber() || v.asInt() < min || v.asInt() > max) {
            throw new InvalidInputException(name, "Input \"" + name + "\" must be an integer from " + min + " to "
                    + max + ", got " + v);
        }
        return v.asInt();
    }

    @Override
    public ProcessOutcome execute(ProcessContext context) {
        recordExecution(context);
        int steps = context.inputs().get("steps").asInt();
        int millis = context.inputs().get("stepMillis").asInt();
        ProgressListener progress = context.progress();
        context.recordInput(new InputRecord("counter", "none", "0".repeat(64), steps));
        GeometryFactory gf = new GeometryFactory();
        List<Feature> features = new ArrayList<>();
        for (int i = 0; i < steps; i++) {
            progress.progress((double) i / steps, "step " + (i + 1) + " of " + steps);
            sleep(millis, progress);
            Map<String, Object> attrs = new LinkedHashMap<>();
            attrs.put("step", (long) i);
            features.add(new Feature(Integer.toString(i), gf.createPoint(new Coordinate(130 + i / 10.0, 43)), attrs));
        }
        progress.progress(1, "publishing");
        var entries = context.publish(List.of(ResultLayer.vector("points", "Counted points", null, null, SCHEMA,
                features)));
        return new ProcessOutcome(List.of(entries.get(0).name()), steps + " steps counted", Map.of("count", steps),
                "Counting " + steps + " steps", steps + " steps were counted.",
                List.of(ReportSection.of("Method", new Paragraph("One point per step."))));
    }

    /** Sleeps in slices of at most 20 ms, checking for cancellation in between. */
    private static void sleep(int millis, ProgressListener progress) {
        long end = System.nanoTime() + millis * 1_000_000L;
        while (true) {
            progress.throwIfCancelled();
            long left = (end - System.nanoTime()) / 1_000_000L;
            if (left <= 0) {
                return;
            }
            try {
                Thread.sleep(Math.min(20, left));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new java.util.concurrent.CancellationException("interrupted");
            }
        }
    }

    private static void recordExecution(ProcessContext context) {
        context.store().inTransaction("Recording test execution", c -> {
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE IF NOT EXISTS test_executions (run_id BIGINT NOT NULL)");
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO test_executions (run_id) VALUES (?)")) {
                ps.setLong(1, context.runId());
                ps.executeUpdate();
            }
            return null;
        });
    }
}
