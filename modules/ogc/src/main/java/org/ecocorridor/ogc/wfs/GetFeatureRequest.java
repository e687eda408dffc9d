package org.ecocorridor.ogc.wfs;

import java.util.List;
import org.ecocorridor.ogc.exception.OgcException;
import org.ecocorridor.ogc.filter.PropertyNames;

/**
 * A parsed GetFeature (or GetPropertyValue) request. Immutable.
 *
 * @param version      2.0.0 or 1.1.0
 * @param queries      one or more queries
 * @param count        most features to return (COUNT / MAXFEATURES), or the default
 * @param startIndex   features to skip, over all queries
 * @param hits         RESULTTYPE=hits: only the number matched
 * @param outputFormat normalised output format (one of the {@link WfsNames} formats)
 * @param singleById   whether this is the GetFeatureById stored query (bare feature, 404 when absent)
 * @param valueReference the property of GetPropertyValue, or null for GetFeature
 */
record GetFeatureRequest(String version, List<QuerySpec> queries, long count, long startIndex, boolean hits,
        String outputFormat, boolean singleById, String valueReference) {
    /** The valueReference that asks for feature identifiers. */
    static final String GML_ID = "@gml:id";

    GetFeatureRequest {
        queries = List.copyOf(queries);
    }

    /**
     * Parses a GetPropertyValue valueReference: {@code @gml:id} is kept as {@link #GML_ID}, other
     * paths become attribute names.
     *
     * @throws OgcException InvalidParameterValue when empty
     */
    static String valueReference(String raw) {
        if (raw == null || raw.isBlank()) {
            throw OgcException.invalidParameter("valueReference", "valueReference is empty");
        }
        String v = raw.trim();
        if (v.startsWith("@") && v.endsWith(":id") || v.equals("@id")) {
            return GML_ID;
        }
        return PropertyNames.normalize(v);
    }
}
