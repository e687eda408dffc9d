package org.ecocorridor.ogc.wfs;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.ecocorridor.core.filter.Filter;
import org.ecocorridor.core.source.FeatureType;
import org.ecocorridor.core.source.SortKey;
import org.ecocorridor.ogc.exception.OgcException;
import org.ecocorridor.ogc.filter.FilterXmlReader;
import org.ecocorridor.ogc.filter.PropertyNames;
import org.ecocorridor.ogc.ows.CrsName;
import org.ecocorridor.ogc.ows.RequestUser;
import org.ecocorridor.ogc.ows.XmlElement;

/**
 * GetFeature / GetPropertyValue in XML encoding (WFS 2.0 §11.2.4 / §10.2.4, WFS 1.1 §9.2):
 * {@code wfs:Query} elements with {@code typeNames} (prefixes resolved from the document's
 * bindings), {@code srsName}, {@code PropertyName}s, a filter and {@code SortBy}; or a
 * {@code wfs:StoredQuery} of GetFeatureById. Root attributes: {@code count}/{@code maxFeatures},
 * {@code startIndex}, {@code resultType}, {@code outputFormat}, {@code valueReference}.
 *
 * <p>Thread-safe (stateless apart from the type resolver).
 */
final class GetFeatureXmlParser {
    private final FeatureTypes types;
    private final GetFeatureKvpParser kvp;

    GetFeatureXmlParser(FeatureTypes types, GetFeatureKvpParser kvp) {
        this.types = types;
        this.kvp = kvp;
    }

    GetFeatureRequest parse(XmlElement root, String version, RequestUser user) {
        String format = kvp.formats().normalize(root.attribute("outputFormat"), version);
        for (XmlElement sq : root.children("StoredQuery")) {
            if (!WfsNames.GET_FEATURE_BY_ID.equals(sq.attribute("id"))) {
                throw OgcException.invalidParameter("id", "Unknown stored query \"" + sq.attribute("id") + "\"");
            }
            String id = sq.children("Parameter").stream().filter(p -> "ID".equalsIgnoreCase(p.attribute("name")))
                    .findFirst().map(XmlElement::text).orElseThrow(() -> OgcException.missingParameter("ID"));
            return kvp.byId(id, version, user, null, format);
        }
        boolean propertyValue = root.is("GetPropertyValue");
        if (propertyValue && root.attribute("valueReference") == null) {
            throw OgcException.missingParameter("valueReference");
        }
        String valueReference = propertyValue ? GetFeatureRequest.valueReference(root.attribute("valueReference")) : null;
        List<QuerySpec> queries = new ArrayList<>();
        for (XmlElement q : root.children("Query")) {
            queries.addAll(query(q, user, version, valueReference));
        }
        if (queries.isEmpty()) {
            throw OgcException.missingParameter("Query");
        }
        String countAttr = root.attribute("count") != null ? root.attribute("count") : root.attribute("maxFeatures");
        String rt = root.attribute("resultType") == null ? "results" : root.attribute("resultType").toLowerCase(Locale.ROOT);
        if (!rt.equals("results") && !rt.equals("hits")) {
            throw OgcException.invalidParameter("resultType", "resultType must be results or hits, got \"" + rt + "\"");
        }
        return new GetFeatureRequest(version, queries, number(countAttr, "count", WfsLimits.COUNT_DEFAULT),
                number(root.attribute("startIndex"), "startIndex", 0), rt.equals("hits"), format, false, valueReference);
    }

    private List<QuerySpec> query(XmlElement q, RequestUser user, String version, String valueReference) {
        String typeNames = q.attribute("typeNames") != null ? q.attribute("typeNames") : q.attribute("typeName");
        if (typeNames == null) {
            throw OgcException.missingParameter("typeNames");
        }
        String srsAttr = q.attribute("srsName");
        CrsName srs = srsAttr == null ? CrsName.urnOf(4326) : CrsName.parse(srsAttr, "srsName");
        boolean wfs10 = "1.0.0".equals(version);
        if (wfs10) {
            srs = new CrsName(srs.epsg(), false); // WFS 1.0.0: always x = east (see GetFeatureKvpParser)
            srsAttr = WfsNames.gml2SrsName(srs.epsg());
        }
        CrsName filterCrs = wfs10 ? CrsName.CRS84 : CrsName.urnOf(4326);
        Filter filter = q.child("Filter").map(f -> new FilterXmlReader(filterCrs, "Filter").read(f))
                .orElse(Filter.INCLUDE);
        List<SortKey> sortBy = new ArrayList<>();
        q.child("SortBy").ifPresent(s -> s.children("SortProperty").forEach(p -> {
            String name = p.child("ValueReference").or(() -> p.child("PropertyName")).map(XmlElement::text)
                    .orElseThrow(() -> OgcException.invalidParameter("SortBy", "SortProperty without ValueReference"));
            String order = p.child("SortOrder").map(XmlElement::text).orElse("ASC").toUpperCase(Locale.ROOT);
            sortBy.add(new SortKey(PropertyNames.normalize(name), !order.startsWith("D")));
        }));
        List<String> properties = null;
        if (!q.children("PropertyName").isEmpty()) {
            properties = new ArrayList<>();
            for (XmlElement p : q.children("PropertyName")) {
                properties.add(PropertyNames.normalize(p.text()));
            }
        }
        if (valueReference != null) {
            properties = valueReference.equals(GetFeatureRequest.GML_ID) ? List.of() : List.of(valueReference);
        }
        List<FeatureType> resolved = new ArrayList<>();
        for (String t : typeNames.trim().split("[\\s,]+")) {
            resolved.add(types.resolve(t, q.namespaces(), user, "typeNames"));
        }
        ResourceIdScope.checkTypes(filter, resolved.stream().map(FeatureType::name).toList(),
                t -> types.exists(t, user));
        List<QuerySpec> out = new ArrayList<>();
        for (FeatureType type : resolved) {
            out.add(new QuerySpec(type, ResourceIdScope.scope(filter, type.name()), sortBy, properties, srs,
                    srsAttr == null ? srs.urn() : srsAttr));
        }
        return out;
    }

    private static long number(String value, String name, long fallback) {
        if (value == null) {
            return fallback;
        }
        try {
            long n = Long.parseLong(value.trim());
            if (n >= 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw OgcException.invalidParameter(name, name + " must be a non-negative integer, got \"" + value + "\"");
    }
}
