package org.ecocorridor.ogc.wfs;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.ecocorridor.ogc.exception.OgcException;

/**
 * Maps client output-format names to the formats written: GML 3.2 ({@code application/gml+xml;
 * version=3.2}, {@code text/xml; subtype=gml/3.2}, {@code gml32}), GML 3.1.1
 * ({@code text/xml; subtype=gml/3.1.1}, {@code gml3}) and GeoJSON ({@code application/json},
 * {@code json}, {@code geojson}), CSV ({@code text/csv}, {@code csv}), GML 2.1.2 for WFS 1.0.0
 * ({@code GML2}, {@code text/xml; subtype=gml/2.1.2}) and the names of the file formats the server
 * plugged in ({@link FeatureFileFormat}). Immutable; thread-safe.
 */
final class OutputFormats {
    private final List<FeatureFileFormat> files;

    OutputFormats(List<FeatureFileFormat> files) {
        this.files = List.copyOf(files);
    }

    /** The file formats, in the server's order. */
    List<FeatureFileFormat> files() {
        return files;
    }

    /** The file format whose canonical name is {@code normalized}, if it is one. */
    Optional<FeatureFileFormat> file(String normalized) {
        return files.stream().filter(f -> f.names().get(0).equals(normalized)).findFirst();
    }

    /**
     * The normalised name of a requested format: one of the {@link WfsNames} formats or a file
     * format's canonical name; without a request, the GML of the version.
     *
     * @throws OgcException InvalidParameterValue (locator outputFormat) for an unknown name
     */
    String normalize(String requested, String version) {
        if (requested == null) {
            return switch (version == null ? "" : version) {
                case "1.0.0" -> WfsNames.GML2_FORMAT;
                case "1.1.0" -> WfsNames.GML311_FORMAT;
                default -> WfsNames.GML32_FORMAT;
            };
        }
        String f = compact(requested);
        if (f.equals("application/gml+xml;version=3.2") || f.equals("text/xml;subtype=gml/3.2")
                || f.equals("text/xml;subtype=gml/3.2.1") || f.equals("gml32") || f.equals("application/gml+xml")) {
            return WfsNames.GML32_FORMAT;
        }
        if (f.equals("text/xml;subtype=gml/3.1.1") || f.equals("gml3") || f.equals("gml311")) {
            return WfsNames.GML311_FORMAT;
        }
        if (f.equals("application/json") || f.equals("json") || f.equals("geojson")
                || f.equals("application/geo+json")) {
            return WfsNames.GEOJSON_FORMAT;
        }
        if (f.equals("text/csv") || f.equals("csv")) {
            return WfsNames.CSV_FORMAT;
        }
        if (f.equals("gml2") || f.equals("text/xml;subtype=gml/2.1.2") || f.equals("text/xml;subtype=gml/2")) {
            return WfsNames.GML2_FORMAT;
        }
        for (FeatureFileFormat file : files) {
            for (String name : file.names()) {
                if (compact(name).equals(f)) {
                    return file.names().get(0);
                }
            }
        }
        throw OgcException.invalidParameter("outputFormat", "Unsupported output format \"" + requested + "\"");
    }

    private static String compact(String name) {
        return name.toLowerCase(Locale.ROOT).replace(" ", "").replace("\"", "");
    }
}
