package org.ecocorridor.store.io;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects invalid geometries under {@link GeometryPolicy#REJECT}, up to {@link
 * ImportException#MAX_LISTED_ROWS}, into one {@link ImportException}. Not thread-safe.
 */
final class InvalidRows {
    private final List<String> lines = new ArrayList<>();
    private long firstRow;
    private boolean incomplete;

    /** Adds one rejected row; returns false once the list is full (the row is then not listed). */
    boolean add(GeometryGate.Rejected rejected) {
        if (full()) {
            incomplete = true;
            return false;
        }
        if (lines.isEmpty()) {
            firstRow = rejected.row();
        }
        lines.add(rejected.getMessage());
        return true;
    }

    boolean isEmpty() {
        return lines.isEmpty();
    }

    boolean full() {
        return lines.size() >= ImportException.MAX_LISTED_ROWS;
    }

    /**
     * Reads on, checking only geometry validity, until the list is full or the file ends. A read
     * error stops the scan silently: the rows found so far are reported.
     */
    void scanRest(RawFeatureReader reader) {
        try {
            for (RawFeature raw = reader.next(); raw != null; raw = reader.next()) {
                if (raw.geometry() == null || raw.geometry().isEmpty()) {
                    continue;
                }
                String problem = GeometryGate.problem(raw.geometry());
                if (problem != null && !add(new GeometryGate.Rejected(raw.row(),
                        "Row " + raw.row() + ": invalid geometry (" + problem + ")"))) {
                    return;
                }
            }
        } catch (IOException | ImportException e) {
            incomplete = true;
        }
    }

    ImportException toException(String file) {
        return ImportException.invalidGeometries(file, firstRow, lines, incomplete);
    }
}
