package org.ecocorridor.ogc.ows;

import java.util.List;
import org.ecocorridor.ogc.exception.ExceptionCodes;
import org.ecocorridor.ogc.exception.OgcException;

/**
 * OWS Common 1.1 §7.3.2 version negotiation: the first version of the client's
 * {@code ACCEPTVERSIONS} list that the server supports; without the list, the highest supported.
 * Thread-safe (stateless).
 */
public final class VersionNegotiation {
    private VersionNegotiation() {
    }

    /**
     * @param accepted  the client's list in preference order (empty = none given)
     * @param supported the server's versions, highest first
     * @throws OgcException VersionNegotiationFailed (400) when none matches
     */
    public static String negotiate(List<String> accepted, List<String> supported) {
        if (accepted.isEmpty()) {
            return supported.get(0);
        }
        for (String v : accepted) {
            if (supported.contains(v)) {
                return v;
            }
        }
        throw new OgcException(ExceptionCodes.VERSION_NEGOTIATION_FAILED, "AcceptVersions",
                "None of the accepted versions " + accepted + " is supported; supported: " + supported, 400);
    }
}
