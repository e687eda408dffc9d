package org.ecocorridor.store.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ecocorridor.core.feature.AttributeType;
import org.ecocorridor.store.io.csv.CsvFormatException;
import org.ecocorridor.store.io.csv.CsvTokenizer;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

/**
 * Streams the rows of a CSV file (RFC 4180, UTF-8 with optional byte-order mark) as features.
 *
 * <p>The delimiter ({@code ,}, {@code ;} or tab) is detected from the header line ({@link
 * CsvTokenizer#detectDelimiter}); with {@code ;} a decimal comma is accepted in numbers
 * ({@code 43,083}). Geometry comes from longitude/latitude columns (a point; both empty gives a null
 * geometry) or from a WKT column ({@link CsvLayout}). Empty fields are null; a row with fewer fields
 * than the header has nulls at the end; a row with more non-empty fields than the header is an
 * error. Rows are numbered by the line where they start (header = line 1). Bytes that are not
 * UTF-8 fail the import at their row (a U+FFFD replacement character in the text counts as such).
 *
 * <p>Not thread-safe; one per pass.
 */
final class CsvFeatureReader implements RawFeatureReader {
    private static final int HEADER_MARK_CHARS = 1 << 20;

    private final String file;
    private final CsvTokenizer tokenizer;
    private final CsvLayout layout;
    private final GeometryFactory factory;
    private final WKTReader wkt;

    CsvFeatureReader(Path path, String file, ReadOptions options, GeometryFactory factory)
            throws IOException, ImportException {
        this.file = file;
        this.factory = factory;
        this.wkt = new WKTReader(factory);
        // Malformed UTF-8 decodes to U+FFFD, found per record below: a decoder set to REPORT would fail
        // when its buffer is filled, far from the offending line.
        var decoded = new InputStreamReader(Files.newInputStream(path), StandardCharsets.UTF_8);
        BufferedReader in = new BufferedReader(decoded, 1 << 16);
        boolean ok = false;
        try {
            in.mark(HEADER_MARK_CHARS);
            String firstLine = in.readLine();
            in.reset();
            char delimiter = CsvTokenizer.detectDelimiter(firstLine == null ? "" : firstLine);
            this.tokenizer = new CsvTokenizer(in, delimiter);
            List<String> header = tokenizer.next();
            if (header == null) {
                throw new ImportException(file, "the CSV file is empty (no header line)");
            }
            checkDecoded(header, 1);
            this.layout = CsvLayout.of(header, delimiter, options, file);
            ok = true;
        } finally {
            if (!ok) {
                in.close();
            }
        }
    }

    CsvLayout layout() {
        return layout;
    }

    /** Whether numbers may use a decimal comma (files delimited by {@code ;}). */
    boolean decimalComma() {
        return layout.delimiter() == ';';
    }

    @Override
    public RawFeature next() throws IOException, ImportException {
        List<String> fields;
        try {
            fields = tokenizer.next();
        } catch (CsvFormatException e) {
            throw ImportException.atRow(file, e.line(), null, "quoted field is not closed before the end of the file");
        }
        if (fields == null) {
            return null;
        }
        long row = tokenizer.recordLine();
        checkDecoded(fields, row);
        List<String> header = layout.header();
        for (int i = header.size(); i < fields.size(); i++) {
            if (!fields.get(i).isBlank()) {
                throw ImportException.atRow(file, row, null, "the row has " + fields.size() + " fields, the header "
                        + header.size());
            }
        }
        Map<String, Object> values = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            if (!layout.isGeometryColumn(i)) {
                values.put(header.get(i), field(fields, i));
            }
        }
        return new RawFeature(row, null, geometry(row, fields), values);
    }

    private Geometry geometry(long row, List<String> fields) throws ImportException {
        if (layout.hasPointColumns()) {
            String x = field(fields, layout.lon());
            String y = field(fields, layout.lat());
            if (x == null && y == null) {
                return null;
            }
            return factory.createPoint(new Coordinate(number(row, layout.lon(), x), number(row, layout.lat(), y)));
        }
        String text = field(fields, layout.wkt());
        if (text == null) {
            return null;
        }
        try {
            return wkt.read(text);
        } catch (ParseException | IllegalArgumentException e) {
            throw ImportException.atRow(file, row, layout.header().get(layout.wkt()), "invalid WKT: " + e.getMessage());
        }
    }

    private double number(long row, int column, String text) throws ImportException {
        String name = layout.header().get(column);
        if (text == null) {
            throw ImportException.atRow(file, row, name, "a coordinate is missing");
        }
        try {
            return (Double) AttributeValues.convert(text, AttributeType.DOUBLE, decimalComma());
        } catch (IllegalArgumentException e) {
            throw ImportException.atRow(file, row, name, e.getMessage());
        }
    }

    /** U+FFFD is what the decoder puts for bytes that are not UTF-8. */
    private void checkDecoded(List<String> fields, long row) throws ImportException {
        for (String f : fields) {
            if (f.indexOf('\uFFFD') >= 0) {
                throw ImportException.atRow(file, row, null, "not valid UTF-8; save the file as UTF-8");
            }
        }
    }

    private static String field(List<String> fields, int index) {
        if (index >= fields.size()) {
            return null;
        }
        String value = fields.get(index);
        return value.isEmpty() ? null : value;
    }

    @Override
    public void close() throws IOException {
        tokenizer.close();
    }
}
