package org.ecocorridor.store.ingest;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.ecocorridor.core.feature.Feature;
import org.ecocorridor.core.feature.FeatureSchema;
import org.ecocorridor.core.grid.FloatGrid;

/**
 * One output of an analysis run, to be published as layer {@code run_<id>_<suffix>}: either vector
 * features (in EPSG:4326) or a grid. Immutable (the grid array and geometries are shared, not copied).
 *
 * @param suffix         name part after {@code run_<id>_}, e.g. {@code corridors}
 * @param title          human title
 * @param abstractText   description (method, parameters), or null
 * @param style          default style name in {@code styles/}, or null
 * @param schema         feature schema (vector), null for a grid
 * @param features       features (vector), empty for a grid
 * @param grid           the grid (raster), null for features
 * @param parametersJson how a grid was made, as JSON text, or null
 */
public record ResultLayer(String suffix, String title, String abstractText, String style, FeatureSchema schema,
        List<Feature> features, FloatGrid grid, String parametersJson) {
    private static final Pattern SUFFIX = Pattern.compile("[a-z][a-z0-9_]{0,39}");

    public ResultLayer {
        if (suffix == null || !SUFFIX.matcher(suffix).matches()) {
            throw new IllegalArgumentException("Invalid result layer suffix \"" + suffix
                    + "\": a lower-case letter, then up to 39 lower-case letters, digits or '_'");
        }
        Objects.requireNonNull(title, "title");
        if ((schema == null) == (grid == null)) {
            throw new IllegalArgumentException("Result layer \"" + suffix + "\" needs exactly one of features and grid");
        }
        features = features == null ? List.of() : List.copyOf(features);
    }

    /** A vector result. */
    public static ResultLayer vector(String suffix, String title, String abstractText, String style,
            FeatureSchema schema, List<Feature> features) {
        return new ResultLayer(suffix, title, abstractText, style, schema, features, null, null);
    }

    /** A raster result. */
    public static ResultLayer raster(String suffix, String title, String abstractText, String style, FloatGrid grid,
            String parametersJson) {
        return new ResultLayer(suffix, title, abstractText, style, null, null, grid, parametersJson);
    }

    /** The published layer (and table or raster) name for run {@code runId}. */
    public String layerName(long runId) {
        return RunPublisher.layerName(runId, suffix);
    }
}
