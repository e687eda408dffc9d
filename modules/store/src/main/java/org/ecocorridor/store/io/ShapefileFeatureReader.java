package org.ecocorridor.store.io;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ecocorridor.store.io.shapefile.DbfField;
import org.ecocorridor.store.io.shapefile.DbfReader;
import org.ecocorridor.store.io.shapefile.ShapefileFormatException;
import org.ecocorridor.store.io.shapefile.ShpReader;

/**
 * Reads a {@code .shp} and its {@code .dbf} in step, record by record, as raw features. Values
 * are the dBASE text ({@link DbfReader#value}), converted later to the field's type, so that a
 * numeric field holding {@code abc} fails with its row and column. Not thread-safe; one per pass.
 */
final class ShapefileFeatureReader implements RawFeatureReader {
    private final String file;
    private final ShpReader shp;
    private final DbfReader dbf;
    private final List<DbfField> fields;
    private final ReportBuilder report;
    private long deleted;
    private boolean done;

    /**
     * @param dbf the attribute table, or null when the zip has none
     */
    ShapefileFeatureReader(String file, ShpReader shp, DbfReader dbf, List<DbfField> fields, ReportBuilder report) {
        this.file = file;
        this.shp = shp;
        this.dbf = dbf;
        this.fields = fields;
        this.report = report;
    }

    @Override
    public RawFeature next() throws IOException, ImportException {
        try {
            while (!done) {
                if (!shp.next()) {
                    finish();
                    return null;
                }
                Map<String, Object> values = new LinkedHashMap<>();
                if (dbf != null) {
                    if (!dbf.next()) {
                        throw ImportException.atRow(file, shp.ordinal(), null,
                                "the .dbf has fewer records than the .shp");
                    }
                    if (dbf.deleted()) {
                        deleted++;
                        continue;
                    }
                    for (int i = 0; i < fields.size(); i++) {
                        values.put(fields.get(i).name(), dbf.value(i));
                    }
                }
                return new RawFeature(shp.ordinal(), null, shp.geometry(), values);
            }
            return null;
        } catch (ShapefileFormatException e) {
            long row = e.record() > 0 ? e.record() : shp.ordinal();
            throw ImportException.atRow(file, row, null, e.getMessage().replaceFirst("^Record \\d+: ", ""));
        }
    }

    private void finish() throws IOException {
        done = true;
        if (deleted > 0) {
            report.warn("Skipped " + deleted + " records flagged deleted in the .dbf");
        }
        if (dbf != null && dbf.next()) {
            report.warn("The .dbf has more records than the .shp; the extra records were ignored");
        }
        if (dbf != null && dbf.usedLatin1Fallback()) {
            report.warn("Some .dbf text is not valid UTF-8 and was read as ISO-8859-1;"
                    + " add a .cpg file naming the code page");
        }
    }

    @Override
    public void close() throws IOException {
        try (shp) {
            if (dbf != null) {
                dbf.close();
            }
        }
    }
}
