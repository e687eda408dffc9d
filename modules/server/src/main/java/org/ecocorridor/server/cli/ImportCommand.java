package org.ecocorridor.server.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.ecocorridor.server.layers.LayerFiles;
import org.ecocorridor.server.layers.LayerImportOutcome;
import org.ecocorridor.store.SpatialStore;
import org.ecocorridor.store.ingest.LayerImport;
import org.ecocorridor.store.io.GeometryPolicy;
import org.ecocorridor.store.io.ImportException;
import org.ecocorridor.store.io.ReadOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code import FILE --layer NAME}: one file becomes one layer, completely or not at all. */
@Command(name = "import", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Imports a file as a layer, completely or not at all.",
                "A layer of the same name is replaced in the same transaction; on any error the store",
                "is left unchanged and the command exits with status 1.",
                "Vector: GeoJSON, GeoPackage, zipped Shapefile, CSV with lon/lat (or WKT) columns;",
                "reprojected to EPSG:4326 (a file without a CRS is taken as EPSG:4326, with a warning).",
                "Raster: GeoTIFF (single band).",
                "The store is chosen by ECOCORRIDOR_DB_URL (PostGIS) or ECOCORRIDOR_DATA_DIR (embedded)."})
final class ImportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The file to import.")
    Path file;

    @Option(names = "--layer", required = true, paramLabel = "NAME",
            description = "Layer name: a lower-case letter, then lower-case letters, digits or '_'.")
    String layer;

    @Option(names = "--title", paramLabel = "TITLE", description = "Human title (default: the layer name).")
    String title;

    @Option(names = "--abstract", paramLabel = "TEXT", description = "Description.")
    String abstractText;

    @Option(names = "--keywords", split = ",", paramLabel = "WORD", description = "Comma-separated keywords.")
    List<String> keywords = new ArrayList<>();

    @Option(names = "--style", paramLabel = "STYLE", description = "Default style name (in styles/).")
    String style;

    @Option(names = "--reject-invalid",
            description = "Reject the file when a geometry is invalid (default: repair it and report the row).")
    boolean rejectInvalid;

    @Option(names = "--srs", paramLabel = "EPSG", description = "EPSG code of the coordinates, overriding the file's.")
    Integer srs;

    @Option(names = "--lon-column", paramLabel = "COLUMN", description = "CSV longitude column (default: detected).")
    String lonColumn;

    @Option(names = "--lat-column", paramLabel = "COLUMN", description = "CSV latitude column (default: detected).")
    String latColumn;

    @Option(names = "--wkt-column", paramLabel = "COLUMN", description = "CSV column holding WKT geometries.")
    String wktColumn;

    @Option(names = "--table", paramLabel = "TABLE", description = "GeoPackage table (default: the first feature table).")
    String table;

    @Option(names = "--sensitive", description = "Hide the layer from anonymous users.")
    boolean sensitive;

    @Option(names = "--editable", description = "Allow editors to change features through WFS-T.")
    boolean editable;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isRegularFile(file)) {
            err.println("import: no such file: " + file);
            return 1;
        }
        try (SpatialStore store = StoreOptions.open()) {
            LayerImport request = new LayerImport(layer, title == null ? layer : title, abstractText, keywords,
                    style, sensitive, editable, null, null);
            LayerImportOutcome outcome = new LayerFiles(store).importFile(file, file.getFileName().toString(),
                    request, readOptions());
            print(out, outcome);
            return 0;
        } catch (ImportException e) {
            err.println("import: " + e.getMessage());
            err.println("import: nothing was changed in the store.");
            return 1;
        } catch (Exception e) {
            err.println("import: " + describe(e));
            err.println("import: nothing was changed in the store.");
            return 1;
        }
    }

    private ReadOptions readOptions() {
        ReadOptions o = ReadOptions.defaults()
                .withGeometryPolicy(rejectInvalid ? GeometryPolicy.REJECT : GeometryPolicy.REPAIR);
        if (lonColumn != null || latColumn != null) {
            o = o.withCoordinateColumns(lonColumn, latColumn);
        }
        if (wktColumn != null) {
            o = o.withWktColumn(wktColumn);
        }
        if (table != null) {
            o = o.withLayerName(table);
        }
        if (srs != null) {
            o = o.withSourceEpsg(srs);
        }
        return o;
    }

    private static void print(PrintWriter out, LayerImportOutcome o) {
        out.printf("Imported layer %s (%s): %d features%s, source CRS EPSG:%d%n", o.layer().name(),
                o.layer().kind().code(), o.featuresWritten(), o.replaced() ? ", replacing the previous layer" : "",
                o.sourceEpsg());
        if (o.layer().bbox() != null) {
            var b = o.layer().bbox();
            out.printf("Bounding box (lon/lat): %.5f %.5f %.5f %.5f%n", b.getMinX(), b.getMinY(), b.getMaxX(), b.getMaxY());
        }
        o.warnings().forEach(w -> out.println("Warning: " + w));
        o.repairs().forEach(r -> out.println("Repaired: " + r));
    }

    /** The message chain without stack traces: "what failed: why". */
    static String describe(Throwable e) {
        StringBuilder sb = new StringBuilder(String.valueOf(e.getMessage()));
        for (Throwable c = e.getCause(); c != null && c != c.getCause(); c = c.getCause()) {
            if (c.getMessage() != null && !sb.toString().contains(c.getMessage())) {
                sb.append(": ").append(c.getMessage());
            }
        }
        return sb.toString();
    }
}
