package org.ecocorridor.ogc.wms;

/**
 * Fetches the document named by the WMS {@code SLD} parameter (a URL). The server supplies the
 * implementation and decides which hosts may be read (fetching arbitrary URLs would let clients
 * probe the server's network).
 *
 * <p>Implementations are thread-safe.
 */
@FunctionalInterface
public interface SldFetcher {
    /** Refuses every URL. */
    SldFetcher DISABLED = url -> {
        throw new IllegalArgumentException("remote SLD documents are not enabled on this server");
    };

    /**
     * The document's text.
     *
     * @throws IllegalArgumentException when the URL is not allowed or cannot be read (the message is
     *                                  returned to the client)
     */
    String fetch(String url);
}
