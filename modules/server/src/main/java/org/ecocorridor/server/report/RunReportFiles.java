package org.ecocorridor.server.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.ecocorridor.ogc.ows.RequestUser;
import org.ecocorridor.ogc.wms.StyleCatalog;
import org.ecocorridor.report.ReportLinks;
import org.ecocorridor.report.ReportRenderer;
import org.ecocorridor.report.model.RunReport;
import org.ecocorridor.store.SpatialStore;
import org.ecocorridor.store.map.DatabaseMapDataSource;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a run's report into a folder (the command line's {@code run --out DIR}): {@code report.json} (the
 * model), {@code report.html}, {@code report.pdf}, {@code tables/*.csv} and {@code figures/*.png}, with maps
 * drawn from the store with the styles of {@code stylesDir} as the run's submitter sees them.
 */
public final class RunReportFiles {
    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private RunReportFiles() {
    }

    public static void write(RunReport report, SpatialStore store, Path stylesDir, Path dir) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("report.json"), JSON.writeValueAsString(report), StandardCharsets.UTF_8);
        var data = new DatabaseMapDataSource(store.dataSource(), store.dialect(), store.catalog(), store.rasters());
        // the command line owns the store: its maps may show every layer
        RequestUser owner = new RequestUser(report.run().submittedBy() == null ? "cli" : report.run().submittedBy(),
                Set.of("admin"));
        ReportRenderer.over(data, new StyleCatalog(stylesDir), owner).writeAll(report, dir, ReportLinks.files());
    }
}
