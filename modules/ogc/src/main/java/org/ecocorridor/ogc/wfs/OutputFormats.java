package org.ecocorridor.ogc.wfs;

import java.util.Locale;
import org.ecocorridor.ogc.exception.OgcException;

/**
 * Maps client output-format names to the formats written: GML 3.2 ({@code application/gml+xml;
 * version=3.2}, {@code text/xml; subtype=gml/3.2}, {@code gml32}), GML 3.1.1
 * ({@code text/xml; subtype=gml/3.1.1}, {@code gml3}) and GeoJSON ({@code application/json},
 * {@code json}, {@code geojson}) and CSV ({@code text/csv}, {@code csv}). Thread-safe (stateless).
 */
final class OutputFormats {
    private OutputFormats() {
    }

    static String normalize(String requested, String version) {
        if (requested == null) {
            return "1.1.0".equals(version) ? WfsNames.GML311_FORMAT : WfsNames.GML32_FORMAT;
        }
        String f = requested.toLowerCase(Locale.ROOT).replace(" ", "").replace("\"", "");
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
        throw OgcException.invalidParameter("outputFormat", "Unsupported output format \"" + requested + "\"");
    }
}
