package org.ecocorridor.server.layers;

import java.util.List;
import org.ecocorridor.core.catalog.LayerInfo;

/**
 * What an import did, for the CLI's summary and the REST response. Immutable.
 *
 * @param layer           the layer as now catalogued
 * @param featuresWritten features stored (0 for a raster)
 * @param replaced        whether a layer of that name existed and was replaced
 * @param sourceEpsg      EPSG code of the file's coordinates (0 when unknown)
 * @param warnings        warnings, e.g. an assumed CRS
 * @param repairs         repaired geometries, "Row N: reason"
 */
public record LayerImportOutcome(LayerInfo layer, long featuresWritten, boolean replaced, int sourceEpsg,
        List<String> warnings, List<String> repairs) {
    public LayerImportOutcome {
        warnings = List.copyOf(warnings);
        repairs = List.copyOf(repairs);
    }
}
