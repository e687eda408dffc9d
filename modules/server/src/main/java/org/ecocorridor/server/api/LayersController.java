package org.ecocorridor.server.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import org.ecocorridor.core.catalog.LayerInfo;
import org.ecocorridor.server.error.ApiException;
import org.ecocorridor.server.layers.LayerFiles;
import org.ecocorridor.server.layers.LayerImportOutcome;
import org.ecocorridor.server.security.Caller;
import org.ecocorridor.store.SpatialStore;
import org.ecocorridor.store.catalog.CatalogEntry;
import org.ecocorridor.store.ingest.LayerImport;
import org.ecocorridor.store.io.GeometryPolicy;
import org.ecocorridor.store.io.ImportException;
import org.ecocorridor.store.io.ReadOptions;
import org.ecocorridor.store.io.VectorFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * The layer catalog over REST: list and describe layers (sensitive ones only to signed-in users, private
 * analysis results only to their owner and admins),
 * import or replace a layer from an uploaded file (admin), download a vector layer as a file.
 */
@RestController
@RequestMapping("/api/layers")
class LayersController {
    private final SpatialStore store;
    private final LayerFiles files;

    LayersController(SpatialStore store, LayerFiles files) {
        this.store = store;
        this.files = files;
    }

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    List<LayerJson> list(Authentication auth) {
        return store.catalog().list().stream().map(CatalogEntry::info)
                .filter(info -> visible(info, auth)).map(LayerJson::of).toList();
    }

    @GetMapping(path = "/{name}", produces = MediaType.APPLICATION_JSON_VALUE)
    LayerJson get(@PathVariable String name, Authentication auth) {
        return LayerJson.of(visibleLayer(name, auth));
    }

    /** Imports the uploaded {@code file} as layer {@code name}: 201 when new, 200 when replaced. */
    @PutMapping(path = "/{name}", consumes = MediaType.MULTIPART_FORM_DATA_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ImportJson> put(@PathVariable String name, @RequestPart("file") MultipartFile file,
            @RequestParam(required = false) String title, @RequestParam(name = "abstract", required = false) String abstractText,
            @RequestParam(required = false) List<String> keywords, @RequestParam(required = false) String style,
            @RequestParam(defaultValue = "false") boolean rejectInvalid, @RequestParam(required = false) Integer srs,
            @RequestParam(defaultValue = "false") boolean sensitive, @RequestParam(defaultValue = "false") boolean editable,
            Authentication auth) throws IOException {
        LayerImport request = layerImport(name, title, abstractText, keywords, style, sensitive, editable, auth);
        String fileName = file.getOriginalFilename() == null ? "upload" : Path.of(file.getOriginalFilename()).getFileName().toString();
        Path tmp = Files.createTempFile("ecocorridor-upload-", "-" + fileName.replaceAll("[^A-Za-z0-9._-]", "_"));
        try {
            try (InputStream in = file.getInputStream()) {
                Files.copy(in, tmp, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
            ReadOptions options = ReadOptions.defaults()
                    .withGeometryPolicy(rejectInvalid ? GeometryPolicy.REJECT : GeometryPolicy.REPAIR)
                    .withSourceEpsg(srs);
            LayerImportOutcome outcome = files.importFile(tmp, fileName, request, options);
            return ResponseEntity.status(outcome.replaced() ? HttpStatus.OK : HttpStatus.CREATED)
                    .body(ImportJson.of(outcome));
        } catch (ImportException e) {
            throw importProblem(e);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Deletes an imported layer (admin): 204, or 404 when absent, 409 for demo and analysis layers. */
    @DeleteMapping("/{name}")
    ResponseEntity<Void> delete(@PathVariable String name) {
        boolean deleted;
        try {
            deleted = files.delete(name);
        } catch (IllegalStateException e) {
            throw new ApiException(HttpStatus.CONFLICT, "not-deletable", "Layer cannot be deleted", e.getMessage(),
                    "name", Map.of());
        }
        if (!deleted) {
            throw new NoSuchElementException("No layer named \"" + name + "\"");
        }
        return ResponseEntity.noContent().build();
    }

    /** Streams a vector layer as {@code geojson} (default), {@code csv} or {@code gpkg}. */
    @GetMapping("/{name}/data")
    ResponseEntity<StreamingResponseBody> data(@PathVariable String name,
            @RequestParam(defaultValue = "geojson") String format, Authentication auth) {
        visibleLayer(name, auth);
        VectorFormat vf = switch (format.toLowerCase(Locale.ROOT)) {
            case "geojson", "json" -> VectorFormat.GEOJSON;
            case "csv" -> VectorFormat.CSV;
            case "gpkg", "geopackage" -> VectorFormat.GEOPACKAGE;
            default -> throw ApiException.badRequest("format", "Unknown format \"" + format
                    + "\"; expected geojson, csv or gpkg");
        };
        StreamingResponseBody body = vf == VectorFormat.GEOPACKAGE ? out -> writeGeoPackage(name, out)
                : out -> files.export(name, vf, out);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(vf.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(name + "." + vf.fileExtension()).build().toString())
                .body(body);
    }

    private void writeGeoPackage(String name, OutputStream out) throws IOException {
        Path dir = Files.createTempDirectory("ecocorridor-export-");
        Path gpkg = dir.resolve(name + ".gpkg");
        try {
            files.export(name, VectorFormat.GEOPACKAGE, gpkg);
            Files.copy(gpkg, out);
        } finally {
            Files.deleteIfExists(gpkg);
            Files.deleteIfExists(dir);
        }
    }

    private LayerInfo visibleLayer(String name, Authentication auth) {
        return store.catalog().get(name).map(CatalogEntry::info).filter(info -> visible(info, auth))
                .orElseThrow(() -> new NoSuchElementException("No layer named \"" + name + "\""));
    }

    /**
     * Sensitive layers exist only for signed-in users, private analysis results only for their owner and
     * admins: others get 404, not 403.
     */
    static boolean visible(LayerInfo info, Authentication auth) {
        return Caller.of(auth).maySee(info);
    }

    private static LayerImport layerImport(String name, String title, String abstractText, List<String> keywords,
            String style, boolean sensitive, boolean editable, Authentication auth) {
        try {
            return new LayerImport(name, title == null || title.isBlank() ? name : title, abstractText,
                    keywords == null ? List.of() : new ArrayList<>(keywords), style, sensitive, editable,
                    auth == null ? null : auth.getName(), null);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("name", e.getMessage());
        }
    }

    private static ApiException importProblem(ImportException e) {
        Map<String, Object> details = new java.util.LinkedHashMap<>();
        if (e.row() > 0) {
            details.put("row", e.row());
        }
        if (e.column() != null) {
            details.put("column", e.column());
        }
        if (!e.rowProblems().isEmpty()) {
            details.put("rows", e.rowProblems());
        }
        return new ApiException(HttpStatus.BAD_REQUEST, "import-rejected", "Import rejected",
                e.getMessage() + " Nothing was changed.", "file", details);
    }
}
