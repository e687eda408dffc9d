package org.ecocorridor.ogc.wfs;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.ecocorridor.core.feature.FeatureCursor;

/**
 * A GetFeature output format that is built as a file before it is sent (GeoPackage, zipped
 * Shapefile): the extension point through which the server plugs in writers that live outside
 * this module. The WFS streams the features from database cursors into {@link #write}, sends the
 * file with a {@code Content-Disposition} of {@code <typename><fileExtension>} and deletes it.
 *
 * <p>Implementations must be thread-safe: one instance serves concurrent requests.
 */
public interface FeatureFileFormat {
    /**
     * The OUTPUTFORMAT names accepted, compared ignoring case and spaces; the first is the
     * canonical one, advertised in the capabilities (e.g. {@code application/geopackage+sqlite3},
     * {@code geopackage}, {@code gpkg}).
     */
    List<String> names();

    /** The names advertised in capabilities; by default the canonical name only. */
    default List<String> advertisedNames() {
        return List.of(names().get(0));
    }

    /** The response's media type, e.g. {@code application/zip}. */
    String contentType();

    /** The file name extension with its dot, e.g. {@code .gpkg}. */
    String fileExtension();

    /**
     * Writes the layers into {@code file}, replacing it.
     *
     * @param layers layer name to features, in request order; each cursor's schema gives the
     *               attributes asked for and, as srid, the requested output CRS in which its
     *               geometries already are (x = east); cursors are opened lazily and closed by the caller
     * @return the number of features written
     * @throws IllegalArgumentException when the format cannot hold the data (e.g. mixed geometry
     *                                  types in a Shapefile); reported to the client as an exception report
     */
    long write(Map<String, FeatureCursor> layers, Path file) throws IOException;
}
