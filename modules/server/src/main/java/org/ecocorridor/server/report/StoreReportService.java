package org.ecocorridor.server.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import org.ecocorridor.ogc.ows.RequestUser;
import org.ecocorridor.ogc.wms.StyleCatalog;
import org.ecocorridor.report.ReportLinks;
import org.ecocorridor.report.ReportRenderer;
import org.ecocorridor.report.model.RunReport;
import org.ecocorridor.server.jobs.ReportService;
import org.ecocorridor.server.processes.RunOutputs;
import org.ecocorridor.store.SpatialStore;
import org.ecocorridor.store.catalog.CatalogEntry;
import org.ecocorridor.store.map.DatabaseMapDataSource;
import org.ecocorridor.store.ingest.RunPublisher;

/**
 * Reports of stored runs, rendered on request with the report module and the WMS styles. The job endpoints
 * check who may see a run before calling; the maps then show every layer of the run (a private run's layers
 * are its submitter's, who is the one asking). The last few PDFs are kept, since a finished run's report
 * never changes. Links are relative to the server root ({@code /wms}, {@code /wfs}) or under the public base
 * URL when one is configured.
 *
 * <p>Thread-safe.
 */
public final class StoreReportService implements ReportService {
    private static final int CACHED_PDFS = 8;
    private static final RequestUser RENDERER = new RequestUser("report-renderer", Set.of("admin"));
    private final SpatialStore store;
    private final ReportRenderer renderer;
    private final ReportLinks links;
    private final Map<String, byte[]> pdfs = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, byte[]> eldest) {
            return size() > CACHED_PDFS;
        }
    };

    public StoreReportService(SpatialStore store, Path stylesDir, String publicBaseUrl) {
        this.store = store;
        var data = new DatabaseMapDataSource(store.dataSource(), store.dialect(), store.catalog(), store.rasters());
        this.renderer = ReportRenderer.over(data, new StyleCatalog(stylesDir), RENDERER);
        ReportLinks files = ReportLinks.files();
        String base = publicBaseUrl == null || publicBaseUrl.isBlank() ? "" : publicBaseUrl.replaceAll("/+$", "");
        this.links = new ReportLinks(base + "/wms", base + "/wfs", null, files.tablesPrefix(), files.geoPackage(),
                files.pdf());
    }

    @Override
    public byte[] html(long runId, RunReport report) {
        return renderer.html(report, links).getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public byte[] pdf(long runId, RunReport report) {
        String key = runId + "|" + report.run().status() + "|" + report.run().finished();
        synchronized (pdfs) {
            byte[] cached = pdfs.get(key);
            if (cached != null) {
                return cached;
            }
        }
        byte[] pdf = renderer.pdf(report, links);
        synchronized (pdfs) {
            pdfs.put(key, pdf);
        }
        return pdf;
    }

    @Override
    public byte[] csv(long runId, RunReport report, String tableId) {
        if (report.tables().stream().noneMatch(t -> t.id().equals(tableId))) {
            throw new NoSuchElementException("Report of run " + runId + " has no table \"" + tableId + "\"");
        }
        return renderer.csv(report, tableId).getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public Path geopackage(long runId) {
        String prefix = RunPublisher.layerName(runId, "");
        List<String> layers = store.catalog().list().stream().map(CatalogEntry::name).filter(n -> n.startsWith(prefix))
                .toList();
        try {
            Path file = Files.createTempFile("run-" + runId + "-", ".gpkg");
            Files.delete(file); // the GeoPackage writer creates it
            RunOutputs.writeGeoPackage(store, layers, file);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the GeoPackage of run " + runId, e);
        }
    }
}
