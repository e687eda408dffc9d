package org.ecocorridor.ogc.wfs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ecocorridor.core.filter.Filter;
import org.ecocorridor.core.filter.ResourceIds;
import org.ecocorridor.core.source.FeatureType;
import org.ecocorridor.core.source.SortKey;
import org.ecocorridor.ogc.exception.OgcException;
import org.ecocorridor.ogc.filter.KvpFilters;
import org.ecocorridor.ogc.filter.PropertyNames;
import org.ecocorridor.ogc.ows.CrsName;
import org.ecocorridor.ogc.ows.KvpParameters;
import org.ecocorridor.ogc.ows.RequestUser;

/**
 * GetFeature / GetPropertyValue in KVP encoding (WFS 2.0 §7.9.2, Tables 5-8 and §11.2.4; WFS 1.1
 * §14.7): TYPENAMES (or TYPENAME) with NAMESPACES, one of FILTER, BBOX and RESOURCEID (RESOURCEID
 * alone names its types through the id prefixes), SORTBY, PROPERTYNAME, SRSNAME, COUNT (or
 * MAXFEATURES), STARTINDEX, RESULTTYPE, OUTPUTFORMAT, and STOREDQUERY_ID with ID for
 * GetFeatureById.
 *
 * <p>Thread-safe (stateless apart from the type resolver).
 */
final class GetFeatureKvpParser {
    private final FeatureTypes types;
    private final OutputFormats formats;

    GetFeatureKvpParser(FeatureTypes types, OutputFormats formats) {
        this.types = types;
        this.formats = formats;
    }

    OutputFormats formats() {
        return formats;
    }

    GetFeatureRequest parse(KvpParameters kvp, String version, RequestUser user, boolean propertyValue) {
        String storedQuery = kvp.get("STOREDQUERY_ID");
        if (storedQuery != null) {
            return storedQuery(kvp, version, user, storedQuery);
        }
        Map<String, String> namespaces = Namespaces.parse(kvp.get("NAMESPACES", kvp.get("NAMESPACE")));
        String typeNames = kvp.get("TYPENAMES", kvp.get("TYPENAME"));
        int filters = (kvp.get("FILTER") != null ? 1 : 0) + (kvp.get("BBOX") != null ? 1 : 0)
                + (kvp.get("RESOURCEID") != null || kvp.get("FEATUREID") != null ? 1 : 0);
        if (filters > 1) {
            throw OgcException.invalidParameter("FILTER", "FILTER, BBOX and RESOURCEID are mutually exclusive");
        }
        String resourceId = kvp.get("RESOURCEID", kvp.get("FEATUREID"));
        List<FeatureType> resolved = new ArrayList<>();
        if (typeNames == null) {
            if (resourceId == null) {
                throw OgcException.missingParameter(version.startsWith("1.") ? "TYPENAME" : "TYPENAMES");
            }
            resolved.addAll(typesOfIds(resourceId, namespaces, user));
        } else {
            for (String t : splitTypeNames(typeNames)) {
                resolved.add(types.resolve(t, namespaces, user, version.startsWith("1.") ? "typeName" : "typeNames"));
            }
        }
        boolean wfs10 = "1.0.0".equals(version);
        CrsName srs = kvp.get("SRSNAME") == null ? CrsName.urnOf(4326) : CrsName.parse(kvp.get("SRSNAME"), "srsName");
        String srsName = kvp.get("SRSNAME") == null ? srs.urn() : kvp.get("SRSNAME");
        CrsName defaultCrs = CrsName.urnOf(4326);
        if (wfs10) {
            // WFS 1.0.0 predates the EPSG axis order: every CRS, EPSG:4326 included, is (x = east, y = north),
            // in SRSNAME, BBOX and filters alike, whatever the CRS name's form.
            srs = new CrsName(srs.epsg(), false);
            srsName = WfsNames.gml2SrsName(srs.epsg());
            defaultCrs = CrsName.CRS84;
        }
        Filter filter = Filter.INCLUDE;
        if (kvp.get("FILTER") != null) {
            filter = KvpFilters.xml(unwrap(kvp.get("FILTER")), defaultCrs);
        } else if (kvp.get("BBOX") != null) {
            filter = KvpFilters.bbox(kvp.get("BBOX"), defaultCrs, wfs10);
        } else if (resourceId != null) {
            filter = KvpFilters.resourceIds(resourceId);
        }
        List<SortKey> sortBy = kvp.get("SORTBY") == null ? List.of() : KvpFilters.sortBy(kvp.get("SORTBY"));
        List<String> properties = propertyNames(kvp.get("PROPERTYNAME"));
        String valueReference = null;
        if (propertyValue) {
            if (!kvp.has("VALUEREFERENCE")) {
                throw OgcException.missingParameter("valueReference");
            }
            valueReference = GetFeatureRequest.valueReference(kvp.get("VALUEREFERENCE"));
            properties = valueReference.equals(GetFeatureRequest.GML_ID) ? List.of() : List.of(valueReference);
        }
        ResourceIdScope.checkTypes(filter, resolved.stream().map(FeatureType::name).toList(),
                t -> types.exists(t, user));
        List<QuerySpec> queries = new ArrayList<>();
        for (FeatureType t : resolved) {
            queries.add(new QuerySpec(t, ResourceIdScope.scope(filter, t.name()), sortBy, properties, srs, srsName));
        }
        long count = kvp.nonNegative("COUNT", kvp.nonNegative("MAXFEATURES", WfsLimits.COUNT_DEFAULT));
        return new GetFeatureRequest(version, queries, count, kvp.nonNegative("STARTINDEX", 0), hits(kvp),
                formats.normalize(kvp.get("OUTPUTFORMAT"), version), false, valueReference);
    }

    private GetFeatureRequest storedQuery(KvpParameters kvp, String version, RequestUser user, String id) {
        if (!WfsNames.GET_FEATURE_BY_ID.equals(id)) {
            throw OgcException.invalidParameter("STOREDQUERY_ID", "Unknown stored query \"" + id + "\"");
        }
        String fid = kvp.require("ID");
        return byId(fid, version, user, kvp.get("SRSNAME"), formats.normalize(kvp.get("OUTPUTFORMAT"), version));
    }

    /** The GetFeatureById stored query for one protocol id. */
    GetFeatureRequest byId(String fid, String version, RequestUser user, String srsParameter, String format) {
        String typeName = ResourceIdScope.typeOf(fid);
        if (typeName == null) {
            throw OgcException.notFound("ID", "No feature with id \"" + fid + "\"");
        }
        FeatureType type;
        try {
            type = types.resolve(typeName, Map.of(), user, "ID");
        } catch (OgcException e) {
            throw OgcException.notFound("ID", "No feature with id \"" + fid + "\"");
        }
        CrsName srs = srsParameter == null ? CrsName.urnOf(4326) : CrsName.parse(srsParameter, "srsName");
        QuerySpec q = new QuerySpec(type, ResourceIdScope.scope(new ResourceIds(java.util.Set.of(fid)), typeName),
                List.of(), null, srs, srsParameter == null ? srs.urn() : srsParameter);
        return new GetFeatureRequest(version, List.of(q), 1, 0, false, format, true, null);
    }

    private List<FeatureType> typesOfIds(String resourceId, Map<String, String> namespaces, RequestUser user) {
        Map<String, FeatureType> byName = new LinkedHashMap<>();
        for (String id : KvpFilters.resourceIds(resourceId).ids()) {
            String t = ResourceIdScope.typeOf(id);
            if (t == null) {
                throw OgcException.invalidParameter("RESOURCEID", "Feature id \"" + id + "\" names no feature type");
            }
            if (!byName.containsKey(t)) {
                byName.put(t, types.resolve(t, namespaces, user, "RESOURCEID"));
            }
        }
        return new ArrayList<>(byName.values());
    }

    private static List<String> splitTypeNames(String value) {
        List<String> out = new ArrayList<>();
        for (String part : value.replace("(", "").replace(")", ",").split(",")) {
            if (!part.isBlank()) {
                out.add(part.trim());
            }
        }
        return out;
    }

    /** PROPERTYNAME as attribute names, or null for all; {@code *} means all. */
    static List<String> propertyNames(String value) {
        if (value == null) {
            return null;
        }
        List<String> out = new ArrayList<>();
        for (String p : value.replace("(", "").replace(")", ",").split(",")) {
            if (p.isBlank()) {
                continue;
            }
            if (p.trim().equals("*")) {
                return null;
            }
            out.add(PropertyNames.normalize(p));
        }
        return out;
    }

    private static String unwrap(String filter) {
        String f = filter.trim();
        return f.startsWith("(") && f.endsWith(")") ? f.substring(1, f.length() - 1) : f;
    }

    private static boolean hits(KvpParameters kvp) {
        String rt = kvp.get("RESULTTYPE", "results").toLowerCase(Locale.ROOT);
        if (!rt.equals("results") && !rt.equals("hits")) {
            throw OgcException.invalidParameter("resultType", "RESULTTYPE must be results or hits, got \"" + rt + "\"");
        }
        return rt.equals("hits");
    }
}
