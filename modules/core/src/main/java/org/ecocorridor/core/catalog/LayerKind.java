package org.ecocorridor.core.catalog;

import java.util.Locale;

/** A layer holds features or a grid of cells. Immutable. */
public enum LayerKind {
    VECTOR, RASTER;

    /** The code as stored and served in JSON: {@code vector} or {@code raster}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
