package org.ecocorridor.store.io.shapefile;

import java.io.IOException;

/**
 * A .shp or .dbf file that does not follow the format (bad file code, truncated record, impossible
 * part counts). Immutable.
 */
public final class ShapefileFormatException extends IOException {
    private static final long serialVersionUID = 1L;

    private final long record;

    /**
     * @param record 1-based record number, or 0 when the problem is in a file header
     */
    public ShapefileFormatException(long record, String message) {
        super(record > 0 ? "Record " + record + ": " + message : message);
        this.record = record;
    }

    /** The 1-based record number, or 0 for a header problem. */
    public long record() {
        return record;
    }
}
