package org.ecocorridor.ogc.wfs;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The KVP {@code NAMESPACES} parameter of WFS 2.0 ({@code xmlns(p,uri),xmlns(q,uri)}) and the
 * {@code NAMESPACE} parameter of WFS 1.1 ({@code xmlns(p=uri)}), as prefix → URI bindings.
 * Thread-safe (stateless).
 */
final class Namespaces {
    private static final Pattern BINDING = Pattern.compile("xmlns\\(\\s*([^,=)]*)\\s*[,=]\\s*([^)]*)\\)");

    private Namespaces() {
    }

    static Map<String, String> parse(String value) {
        Map<String, String> m = new HashMap<>();
        if (value != null) {
            Matcher matcher = BINDING.matcher(value);
            while (matcher.find()) {
                m.put(matcher.group(1).trim(), matcher.group(2).trim());
            }
        }
        return m;
    }
}
