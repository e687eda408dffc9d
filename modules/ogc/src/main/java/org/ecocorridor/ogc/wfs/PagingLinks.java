package org.ecocorridor.ogc.wfs;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.ecocorridor.ogc.ows.KvpParameters;

/**
 * Builds absolute KVP URLs for paging ({@code next}/{@code previous}: the same request with another
 * STARTINDEX and COUNT) and for the DescribeFeatureType of the schemaLocation. XML requests get no
 * paging links (there is no KVP form of them to point at). Immutable.
 *
 * @param endpoint the advertised endpoint URL
 * @param kvp      the request parameters, or null for XML requests
 * @param version  the request version
 */
record PagingLinks(String endpoint, KvpParameters kvp, String version) {

    /** The request again with STARTINDEX and COUNT replaced; null for XML requests. */
    String at(long startIndex, long count) {
        if (kvp == null) {
            return null;
        }
        Map<String, String> params = new TreeMap<>();
        for (String name : kvp.names()) {
            if (kvp.get(name) != null) {
                params.put(name, kvp.get(name));
            }
        }
        params.remove("MAXFEATURES");
        params.remove("RESULTTYPE");
        params.put("STARTINDEX", Long.toString(startIndex));
        params.put("COUNT", Long.toString(count));
        return endpoint + "?" + params.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    /** The DescribeFeatureType URL for the types of the queries. */
    String describeUrl(List<QuerySpec> queries) {
        String names = queries.stream().map(q -> WfsNames.ECO_PREFIX + ":" + q.type().name()).distinct()
                .collect(Collectors.joining(","));
        String typeParam = version.startsWith("1.") ? "TYPENAME" : "TYPENAMES";
        return endpoint + "?SERVICE=WFS&VERSION=" + version + "&REQUEST=DescribeFeatureType&" + typeParam + "="
                + URLEncoder.encode(names, StandardCharsets.UTF_8);
    }
}
