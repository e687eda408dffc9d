package org.ecocorridor.ogc.wfs;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.ecocorridor.core.catalog.LayerInfo;
import org.ecocorridor.core.source.FeatureReader;
import org.ecocorridor.core.source.FeatureSource;
import org.ecocorridor.core.source.FeatureType;
import org.ecocorridor.ogc.exception.OgcException;
import org.ecocorridor.ogc.ows.RequestUser;

/**
 * The feature types a user may see ({@link RequestUser#maySee}: sensitive layers only for signed-in users,
 * private results only for their owner and admins; unknown to others)
 * and resolution of qualified type names: {@code eco:sites}, {@code sites}, or any prefix bound to
 * {@value WfsNames#ECO_NS} by {@code NAMESPACES} (KVP) or the XML context.
 *
 * <p>Thread-safe (stateless apart from the source) when it resolves through the source; one bound to a
 * request's {@link FeatureReader} ({@link #reading}) is used by that request only.
 */
final class FeatureTypes {
    private final FeatureSource source;
    private final Function<String, Optional<FeatureType>> lookup;

    FeatureTypes(FeatureSource source) {
        this(source, source::featureType);
    }

    private FeatureTypes(FeatureSource source, Function<String, Optional<FeatureType>> lookup) {
        this.source = source;
        this.lookup = lookup;
    }

    /** These types resolved through one request's reader (each catalog row read once, on its connection). */
    FeatureTypes reading(FeatureReader reader) {
        return new FeatureTypes(source, reader::featureType);
    }

    List<LayerInfo> visible(RequestUser user) {
        return source.layers().stream().filter(user::maySee).toList();
    }

    /**
     * Resolves a type name.
     *
     * @param namespaces prefix to URI bindings in effect ("" = default namespace)
     * @param locator    parameter name for the exception
     * @throws OgcException InvalidParameterValue for an unknown type
     */
    FeatureType resolve(String qname, Map<String, String> namespaces, RequestUser user, String locator) {
        String name = qname.trim();
        String prefix = "";
        int colon = name.indexOf(':');
        if (name.startsWith("{")) {
            int close = name.indexOf('}');
            if (close < 0 || !WfsNames.ECO_NS.equals(name.substring(1, close))) {
                throw unknown(qname, locator);
            }
            name = name.substring(close + 1);
        } else if (colon >= 0) {
            prefix = name.substring(0, colon);
            name = name.substring(colon + 1);
            String uri = namespaces.get(prefix);
            if (uri == null ? !prefix.equals(WfsNames.ECO_PREFIX) : !uri.equals(WfsNames.ECO_NS)) {
                throw unknown(qname, locator);
            }
        } else {
            String uri = namespaces.get("");
            if (uri != null && !uri.isEmpty() && !uri.equals(WfsNames.ECO_NS) && !uri.startsWith("http://www.opengis.net/")) {
                throw unknown(qname, locator);
            }
        }
        String layer = name;
        FeatureType type = lookup.apply(layer).orElseThrow(() -> unknown(qname, locator));
        if (!user.maySee(type.info())) {
            throw unknown(qname, locator);
        }
        return type;
    }

    /**
     * Whether a visible feature type of that (unprefixed) name exists. Resolved like {@link #resolve}
     * (through the request's reader when bound to one), so a request never takes a second pooled
     * connection while its reader holds the first.
     */
    boolean exists(String name, RequestUser user) {
        return lookup.apply(name).filter(t -> user.maySee(t.info())).isPresent();
    }

    private static OgcException unknown(String qname, String locator) {
        return OgcException.invalidParameter(locator, "Unknown feature type \"" + qname + "\"");
    }
}
