package org.ecocorridor.store.io;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The columns of a CSV file: header names (trimmed; a repeated name gets {@code " (2)"},
 * {@code " (3)"}, ...) and which columns hold the geometry.
 *
 * <p>Geometry columns are the ones named in {@link ReadOptions}, else the first header matching
 * (case-insensitively) {@code lon}, {@code lng}, {@code longitude}, {@code x} together with
 * {@code lat}, {@code latitude}, {@code y}; else {@code wkt} or {@code geometry}. Geometry columns
 * are not attributes. When longitude/latitude columns are found, a {@code wkt} or {@code geometry}
 * column is taken to repeat the point (as in our own CSV export) and skipped too.
 *
 * <p>Immutable.
 *
 * @param header    column names in file order
 * @param lon       index of the longitude column, or -1
 * @param lat       index of the latitude column, or -1
 * @param wkt       index of the WKT column, or -1
 * @param delimiter the field delimiter
 */
record CsvLayout(List<String> header, int lon, int lat, int wkt, char delimiter) {
    private static final List<String> LON_NAMES = List.of("lon", "lng", "longitude", "x");
    private static final List<String> LAT_NAMES = List.of("lat", "latitude", "y");
    private static final List<String> WKT_NAMES = List.of("wkt", "geometry");

    CsvLayout {
        header = List.copyOf(header);
    }

    static CsvLayout of(List<String> rawHeader, char delimiter, ReadOptions options, String file)
            throws ImportException {
        List<String> header = uniqueNames(rawHeader);
        if (options.lonColumn() != null) {
            return new CsvLayout(header, required(header, options.lonColumn(), file),
                    required(header, options.latColumn(), file), -1, delimiter);
        }
        if (options.wktColumn() != null) {
            return new CsvLayout(header, -1, -1, required(header, options.wktColumn(), file), delimiter);
        }
        int lon = find(header, LON_NAMES);
        int lat = find(header, LAT_NAMES);
        int wkt = find(header, WKT_NAMES);
        if (lon >= 0 && lat >= 0) {
            return new CsvLayout(header, lon, lat, wkt, delimiter);
        }
        if (wkt >= 0) {
            return new CsvLayout(header, -1, -1, wkt, delimiter);
        }
        throw new ImportException(file, "no geometry columns: expected lon/lat (or lng, longitude, x / latitude, y)"
                + " or wkt/geometry among " + header + "; name them explicitly");
    }

    boolean isGeometryColumn(int index) {
        return index == lon || index == lat || index == wkt;
    }

    /** Whether the geometry comes from longitude/latitude columns (a point layer); {@link #wkt} is then unused. */
    boolean hasPointColumns() {
        return lon >= 0;
    }

    /** Names of the attribute columns, in file order. */
    List<String> attributeColumns() {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            if (!isGeometryColumn(i)) {
                names.add(header.get(i));
            }
        }
        return names;
    }

    private static List<String> uniqueNames(List<String> rawHeader) {
        List<String> names = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String raw : rawHeader) {
            String name = raw.trim();
            String candidate = name;
            for (int k = 2; !seen.add(candidate); k++) {
                candidate = name + " (" + k + ")";
            }
            names.add(candidate);
        }
        return names;
    }

    private static int find(List<String> header, List<String> candidates) {
        for (String candidate : candidates) {
            for (int i = 0; i < header.size(); i++) {
                if (header.get(i).toLowerCase(Locale.ROOT).equals(candidate)) {
                    return i;
                }
            }
        }
        return -1;
    }

    private static int required(List<String> header, String name, String file) throws ImportException {
        for (int i = 0; i < header.size(); i++) {
            if (header.get(i).equalsIgnoreCase(name.trim())) {
                return i;
            }
        }
        throw new ImportException(file, "column \"" + name + "\" is not in the header " + header);
    }
}
