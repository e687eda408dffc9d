package org.ecocorridor.ogc.filter;

import java.util.Set;
import org.ecocorridor.ogc.ows.XmlElement;

/**
 * The standard properties every GML feature inherits ({@code gml:name}, {@code gml:description},
 * {@code gml:identifier}, {@code gml:descriptionReference}, {@code gml:boundedBy}), which
 * Ecocorridor features never carry: a filter on them is answered without the database (IsNull is
 * true, comparisons false). Recognised by prefix {@code gml} or a prefix bound to a GML namespace.
 * Thread-safe (stateless).
 */
final class GmlProperties {
    private static final Set<String> NAMES = Set.of("name", "description", "identifier", "descriptionReference",
            "boundedBy", "metaDataProperty");
    private static final Set<String> GML = Set.of("http://www.opengis.net/gml/3.2", "http://www.opengis.net/gml");

    private GmlProperties() {
    }

    static boolean isStandard(XmlElement valueReference) {
        String text = valueReference.text();
        int slash = text.lastIndexOf('/');
        String step = slash >= 0 ? text.substring(slash + 1) : text;
        int colon = step.indexOf(':');
        if (colon < 0) {
            return false;
        }
        String prefix = step.substring(0, colon);
        String local = step.substring(colon + 1);
        String uri = valueReference.namespaceOf(prefix);
        return NAMES.contains(local) && (uri == null ? prefix.equals("gml") : GML.contains(uri));
    }
}
