package org.ecocorridor.ogc.wfs;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.ecocorridor.core.filter.And;
import org.ecocorridor.core.filter.Filter;
import org.ecocorridor.core.filter.Not;
import org.ecocorridor.core.filter.Or;
import org.ecocorridor.core.filter.ResourceIds;

/**
 * Turns protocol feature ids ({@code <typename>.<key>}, as written in {@code gml:id}) into store
 * ids for one type: ids of that type lose the prefix, ids of other types are dropped (a
 * ResourceId left empty selects nothing). Thread-safe (stateless).
 */
final class ResourceIdScope {
    private ResourceIdScope() {
    }

    static Filter scope(Filter f, String typeName) {
        if (f instanceof ResourceIds r) {
            Set<String> keys = new LinkedHashSet<>();
            for (String id : r.ids()) {
                if (id.startsWith(typeName + ".")) {
                    keys.add(id.substring(typeName.length() + 1));
                }
            }
            return keys.isEmpty() ? Filter.EXCLUDE : new ResourceIds(keys);
        }
        if (f instanceof And a) {
            return new And(scopeAll(a.operands(), typeName));
        }
        if (f instanceof Or o) {
            return new Or(scopeAll(o.operands(), typeName));
        }
        if (f instanceof Not n) {
            return new Not(scope(n.operand(), typeName));
        }
        return f;
    }

    /**
     * WFS 2.0 §7.9.2.4.1: every id of a ResourceId must name one of the queried types; an id of
     * another existing type is an InvalidParameterValue with locator RESOURCEID (ids of no known
     * type simply match nothing).
     */
    static void checkTypes(Filter f, List<String> queried, java.util.function.Predicate<String> exists) {
        if (f instanceof ResourceIds r) {
            for (String id : r.ids()) {
                String t = typeOf(id);
                if (t != null && !queried.contains(t) && exists.test(t)) {
                    throw org.ecocorridor.ogc.exception.OgcException.invalidParameter("RESOURCEID",
                            "Feature id \"" + id + "\" is not of the requested type(s) " + queried);
                }
            }
        } else if (f instanceof And a) {
            a.operands().forEach(o -> checkTypes(o, queried, exists));
        } else if (f instanceof Or o) {
            o.operands().forEach(x -> checkTypes(x, queried, exists));
        } else if (f instanceof Not n) {
            checkTypes(n.operand(), queried, exists);
        }
    }

    /** The type name of a protocol id ({@code sites.12} → {@code sites}), or null. */
    static String typeOf(String id) {
        int dot = id.indexOf('.');
        return dot > 0 ? id.substring(0, dot) : null;
    }

    private static List<Filter> scopeAll(List<Filter> filters, String typeName) {
        List<Filter> out = new ArrayList<>();
        for (Filter f : filters) {
            out.add(scope(f, typeName));
        }
        return out;
    }
}
