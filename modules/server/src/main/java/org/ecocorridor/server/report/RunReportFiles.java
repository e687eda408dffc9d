package org.ecocorridor.server.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ecocorridor.report.model.RunReport;
import org.ecocorridor.store.SpatialStore;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Writes a run's report files into a folder (the command line's {@code run --out DIR}). */
public final class RunReportFiles {
    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private RunReportFiles() {
    }

    public static void write(RunReport report, SpatialStore store, Path dir) throws IOException {
        Files.writeString(dir.resolve("report.json"), JSON.writeValueAsString(report), StandardCharsets.UTF_8);
    }
}
