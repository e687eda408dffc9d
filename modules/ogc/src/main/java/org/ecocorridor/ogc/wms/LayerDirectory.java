package org.ecocorridor.ogc.wms;

import java.util.List;
import java.util.Objects;
import org.ecocorridor.core.catalog.LayerInfo;
import org.ecocorridor.core.source.MapDataSource;
import org.ecocorridor.ogc.exception.OgcException;
import org.ecocorridor.ogc.exception.WmsExceptionCodes;
import org.ecocorridor.ogc.ows.RequestUser;

/**
 * The layers a user may see ({@link RequestUser#maySee}), with their styles: every catalog layer, except
 * sensitive ones for anonymous users and private analysis results for all but their owner and admins,
 * for whom those layers do not exist (absent from capabilities, and
 * {@code LayerNotDefined} when named). The catalog is read on every call, so new layers and
 * changed data show at once.
 *
 * <p>Thread-safe.
 */
public final class LayerDirectory {
    private final MapDataSource source;
    private final StyleCatalog styles;

    public LayerDirectory(MapDataSource source, StyleCatalog styles) {
        this.source = Objects.requireNonNull(source, "source");
        this.styles = Objects.requireNonNull(styles, "styles");
    }

    public MapDataSource source() {
        return source;
    }

    public StyleCatalog styles() {
        return styles;
    }

    /** The layers this user may see, by name. */
    public List<PublishedLayer> visible(RequestUser user) {
        return source.layers().stream().filter(user::maySee).map(this::publish).toList();
    }

    /**
     * One layer.
     *
     * @param locator the request parameter naming it, for the exception
     * @throws OgcException LayerNotDefined when it does not exist or the user may not see it
     */
    public PublishedLayer require(String name, RequestUser user, String locator) {
        return source.layer(name).filter(user::maySee).map(this::publish).orElseThrow(() ->
                WmsExceptionCodes.error(WmsExceptionCodes.LAYER_NOT_DEFINED, locator,
                        "Layer \"" + name + "\" is not defined"));
    }

    private PublishedLayer publish(LayerInfo info) {
        return new PublishedLayer(info, styles.stylesFor(info.defaultStyle(), info.kind()));
    }
}
