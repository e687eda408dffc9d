package org.ecocorridor.server.cli;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.ecocorridor.server.layers.LayerFiles;
import org.ecocorridor.store.SpatialStore;
import org.ecocorridor.store.io.VectorFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code export NAME --format geojson|gpkg|csv --out FILE}: streams a layer to a file. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Exports a vector layer as GeoJSON, GeoPackage or CSV.",
                "Coordinates are EPSG:4326 (longitude, latitude).",
                "The store is chosen by ECOCORRIDOR_DB_URL (PostGIS) or ECOCORRIDOR_DATA_DIR (embedded)."})
final class ExportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "NAME", description = "Layer name.")
    String layer;

    @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "geojson, gpkg or csv.")
    String format;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Output file (replaced if present).")
    Path out;

    @Override
    public Integer call() {
        var err = spec.commandLine().getErr();
        VectorFormat vf = switch (format.toLowerCase(Locale.ROOT)) {
            case "geojson", "json" -> VectorFormat.GEOJSON;
            case "gpkg", "geopackage" -> VectorFormat.GEOPACKAGE;
            case "csv" -> VectorFormat.CSV;
            default -> null;
        };
        if (vf == null) {
            err.println("export: unknown format \"" + format + "\"; expected geojson, gpkg or csv");
            return 2;
        }
        // Same extension as the target: the GeoPackage library insists on ".gpkg".
        Path tmp = out.toAbsolutePath().resolveSibling(".partial-" + out.getFileName());
        try (SpatialStore store = StoreOptions.open()) {
            LayerFiles files = new LayerFiles(store);
            Files.deleteIfExists(tmp);
            long n;
            if (vf == VectorFormat.GEOPACKAGE) {
                n = files.export(layer, vf, tmp);
            } else {
                try (OutputStream os = Files.newOutputStream(tmp)) {
                    n = files.export(layer, vf, os);
                }
            }
            Files.move(tmp, out, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            spec.commandLine().getOut().printf("Exported %d features of %s to %s%n", n, layer, out);
            return 0;
        } catch (Exception e) {
            err.println("export: " + ImportCommand.describe(e));
            try {
                Files.deleteIfExists(tmp);
            } catch (java.io.IOException ignored) {
                // the partial file is left for the user to remove; the message above says why
            }
            return 1;
        }
    }
}
