package org.ecocorridor.server.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.ecocorridor.server.processes.AnalysisProcess;
import org.ecocorridor.server.processes.DirectRun;
import org.ecocorridor.server.processes.InvalidInputException;
import org.ecocorridor.server.processes.ProcessRegistry;
import org.ecocorridor.server.processes.Processes;
import org.ecocorridor.server.processes.RunOutputs;
import org.ecocorridor.server.report.RunReportFiles;
import org.ecocorridor.store.SpatialStore;
import org.ecocorridor.store.demo.DemoDataLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * {@code run PROCESS}: any OGC API process without the server, on the configured store: the same code,
 * layers and report as a job.
 */
@Command(name = "run", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Runs a process as the server's jobs do, without the server: the layers are published",
                "in the store (run_<id>_*), and DIR receives report.html, report.pdf, report.json, results.json,",
                "tables/*.csv, figures/*.png, outputs.gpkg (vector outputs) and <layer>.tif (raster outputs).",
                "Processes: resistance-surface, least-cost-corridors, patch-connectivity, country-shares,",
                "transboundary-connectivity, flyway-network, infrastructure-risk, corridor-report.",
                "PARAMS is the 'inputs' object of an OGC API execute request (or the whole request)."})
final class RunCommand implements Callable<Integer> {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PROCESS", description = "Process id, e.g. corridor-report.")
    String processId;

    @Option(names = "--params", paramLabel = "FILE", description = "JSON inputs, e.g. {\"species\":\"amur_leopard\"}.")
    Path params;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder for the report and outputs.")
    Path out;

    @Option(names = "--demo-data", defaultValue = "./data", paramLabel = "DIR",
            description = "Demo data loaded into an empty store first, as the server does (default ./data; none to skip).")
    String demoData;

    @Option(names = "--styles", defaultValue = "./styles", paramLabel = "DIR",
            description = "SLD styles for the report's maps (default ./styles).")
    String stylesDir;

    @Override
    public Integer call() {
        var err = spec.commandLine().getErr();
        ExecutorService executor = Executors.newFixedThreadPool(Math.max(1, Runtime.getRuntime().availableProcessors()));
        try (SpatialStore store = StoreOptions.open()) {
            Path demo = Path.of(demoData);
            if (!"none".equals(demoData) && Files.exists(demo.resolve("manifest.json"))) {
                new DemoDataLoader(store).loadIfEmpty(demo);
            }
            ProcessRegistry registry = Processes.all(executor);
            AnalysisProcess process = registry.find(processId).orElse(null);
            if (process == null) {
                err.println("run: no process \"" + processId + "\"; available: "
                        + registry.all().stream().map(AnalysisProcess::id).toList());
                return 2;
            }
            JsonNode inputs = params == null ? JsonNodeFactory.instance.objectNode()
                    : JSON.readTree(Files.readString(params, StandardCharsets.UTF_8));
            if (inputs.has("inputs") && inputs.get("inputs").isObject()) {
                inputs = inputs.get("inputs");
            }
            String version = new VersionProvider().getVersion()[0].replaceFirst("^ecocorridor ", "");
            DirectRun.Result result = new DirectRun(store, executor, version).run(process, inputs,
                    System.getProperty("user.name"), new CliProgress(err));
            Files.createDirectories(out);
            RunOutputs.writeGeoPackage(store, result.outcome().layers(), out.resolve("outputs.gpkg"));
            RunOutputs.writeRasters(store, result.outcome().layers(), out);
            RunReportFiles.write(result.report(), store, Path.of(stylesDir), out);
            var o = spec.commandLine().getOut();
            o.println(processId + " run " + result.runId() + ": " + result.outcome().summary());
            o.println("Layers: " + String.join(", ", result.outcome().layers()));
            o.println("Report and outputs in " + out.toAbsolutePath());
            return 0;
        } catch (InvalidInputException e) {
            err.println("run: input \"" + e.field() + "\": " + e.getMessage());
            return 2;
        } catch (Exception e) {
            err.println("run: " + ImportCommand.describe(e));
            return 1;
        } finally {
            executor.shutdownNow();
        }
    }
}
