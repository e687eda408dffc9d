package org.ecocorridor.store.io.shapefile;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.ecocorridor.core.feature.AttributeDescriptor;
import org.ecocorridor.core.feature.AttributeType;

/**
 * Writes the attribute half of a Shapefile: a dBASE III {@code .dbf} table in UTF-8 (declared by
 * a {@code .cpg} file holding {@code UTF-8}, as GDAL and ArcGIS read it).
 *
 * <h2>Two passes</h2>
 * dBASE fixes every field's width in the header, before the rows, and a stream of features does
 * not know its longest text beforehand. Rows therefore go first to a spill file next to the table
 * (the text of each value), while the widest value of each field is tracked; {@link #close()} then
 * writes the header with those widths and copies the rows into fixed-width records. Memory stays
 * one row whatever the count.
 *
 * <h2>Types</h2>
 * STRING → C (width of the longest value in UTF-8 bytes, at most 254; longer text is cut at a
 * character boundary); INTEGER → N with no decimals; DOUBLE → N 24.15 (GDAL's width for reals;
 * values that do not fit are written in exponent notation); BOOLEAN → L ({@code T}, {@code F},
 * {@code ?} for null); DATE → D ({@code YYYYMMDD}); TIMESTAMP → C 24 in ISO 8601, as dBASE has no
 * date-time type. NULL is a blank field. Names are cut to the format's 10 characters and made
 * unique with {@code _1}, {@code _2}, ...
 *
 * <p>Not thread-safe; one per file.
 */
public final class DbfWriter implements Closeable {
    private static final int MAX_CHARACTER_BYTES = 254;
    private static final int REAL_WIDTH = 24;
    private static final int REAL_DECIMALS = 15;
    private final Path dbf;
    private final Path spill;
    private final List<AttributeDescriptor> attributes;
    private final List<String> names;
    private final int[] widths;
    private final DataOutputStream rows;
    private int records;

    /** Creates {@code <base>.dbf} and {@code <base>.cpg} for these attributes, in order. */
    public DbfWriter(Path base, List<AttributeDescriptor> attributes) throws IOException {
        this.dbf = base.resolveSibling(base.getFileName() + ".dbf");
        this.spill = base.resolveSibling(base.getFileName() + ".dbf.rows");
        this.attributes = List.copyOf(attributes);
        this.names = fieldNames(this.attributes);
        this.widths = new int[attributes.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = switch (attributes.get(i).type()) {
                case DOUBLE -> REAL_WIDTH;
                case BOOLEAN -> 1;
                case DATE -> 8;
                case TIMESTAMP -> 24;
                default -> 1;
            };
        }
        Files.writeString(base.resolveSibling(base.getFileName() + ".cpg"), "UTF-8", StandardCharsets.US_ASCII);
        this.rows = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(spill), 1 << 16));
    }

    /** The field names written, in attribute order (10 characters at most, unique). */
    public List<String> fieldNames() {
        return names;
    }

    /** Appends one row: {@code values} in attribute order, null for NULL. */
    public void write(List<Object> values) throws IOException {
        for (int i = 0; i < attributes.size(); i++) {
            byte[] text = text(values.get(i), attributes.get(i).type());
            if (text == null) {
                rows.writeShort(-1);
            } else {
                rows.writeShort(text.length);
                rows.write(text);
                widths[i] = Math.max(widths[i], text.length);
            }
        }
        records++;
    }

    /** The dBASE text of a value, or null for NULL. */
    private static byte[] text(Object value, AttributeType type) {
        if (value == null) {
            return null;
        }
        String s = switch (type) {
            case INTEGER -> Long.toString(((Number) value).longValue());
            case DOUBLE -> real(((Number) value).doubleValue());
            case BOOLEAN -> Boolean.TRUE.equals(value) ? "T" : "F";
            case DATE -> (value instanceof LocalDate d ? d : LocalDate.parse(value.toString())).toString().replace("-", "");
            default -> value.toString();
        };
        if (s == null) {
            return null;
        }
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        return bytes.length <= MAX_CHARACTER_BYTES ? bytes : cut(bytes);
    }

    /** A real in N 24.15, or in exponent notation when it does not fit (or null for NaN and infinities). */
    private static String real(double d) {
        if (!Double.isFinite(d)) {
            return null;
        }
        String fixed = String.format(Locale.ROOT, "%." + REAL_DECIMALS + "f", d);
        return fixed.length() <= REAL_WIDTH ? fixed : String.format(Locale.ROOT, "%.15e", d);
    }

    /** The first 254 bytes of UTF-8 text, without a broken trailing character. */
    private static byte[] cut(byte[] utf8) {
        int end = MAX_CHARACTER_BYTES;
        while (end > 0 && (utf8[end] & 0xC0) == 0x80) {
            end--; // utf8[end] continues a character: drop that character
        }
        return Arrays.copyOf(utf8, end);
    }

    /** Writes the table from the spill file, then deletes the spill file. */
    @Override
    public void close() throws IOException {
        rows.close();
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(dbf), 1 << 16);
                DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(spill), 1 << 16))) {
            out.write(header());
            byte[] record = new byte[recordLength()];
            for (int r = 0; r < records; r++) {
                Arrays.fill(record, (byte) ' ');
                int at = 1;
                for (int i = 0; i < attributes.size(); i++) {
                    int length = in.readShort();
                    if (length >= 0) {
                        byte[] text = in.readNBytes(length);
                        boolean rightAligned = attributes.get(i).type() == AttributeType.INTEGER
                                || attributes.get(i).type() == AttributeType.DOUBLE;
                        System.arraycopy(text, 0, record, rightAligned ? at + widths[i] - length : at, length);
                    } else if (attributes.get(i).type() == AttributeType.BOOLEAN) {
                        record[at] = '?';
                    }
                    at += widths[i];
                }
                out.write(record);
            }
            out.write(0x1A);
        } finally {
            Files.deleteIfExists(spill);
        }
    }

    private int recordLength() {
        return 1 + Arrays.stream(widths).sum();
    }

    /** dBASE III header: version 3, date, counts and lengths (little-endian), field descriptors, 0x0D. */
    private byte[] header() {
        int headerLength = 32 + 32 * attributes.size() + 1;
        ByteBuffer h = ByteBuffer.allocate(headerLength).order(ByteOrder.LITTLE_ENDIAN);
        LocalDate today = LocalDate.now(java.time.ZoneOffset.UTC);
        h.put((byte) 3).put((byte) (today.getYear() - 1900)).put((byte) today.getMonthValue())
                .put((byte) today.getDayOfMonth());
        h.putInt(records).putShort((short) headerLength).putShort((short) recordLength());
        h.position(32);
        for (int i = 0; i < attributes.size(); i++) {
            byte[] name = Arrays.copyOf(names.get(i).getBytes(StandardCharsets.US_ASCII), 11);
            h.put(name).put((byte) typeLetter(attributes.get(i).type())).putInt(0);
            h.put((byte) widths[i]).put((byte) (attributes.get(i).type() == AttributeType.DOUBLE ? REAL_DECIMALS : 0));
            h.put(new byte[14]);
        }
        h.put((byte) 0x0D);
        return h.array();
    }

    private static char typeLetter(AttributeType type) {
        return switch (type) {
            case INTEGER, DOUBLE -> 'N';
            case BOOLEAN -> 'L';
            case DATE -> 'D';
            default -> 'C';
        };
    }

    /** Field names of at most 10 ASCII characters, unique ignoring case (dBASE compares them so). */
    static List<String> fieldNames(List<AttributeDescriptor> attributes) {
        Set<String> taken = new HashSet<>();
        List<String> out = new ArrayList<>();
        for (AttributeDescriptor a : attributes) {
            String base = a.name().replaceAll("[^A-Za-z0-9_]", "_");
            base = base.substring(0, Math.min(10, base.length()));
            String name = base;
            for (int k = 1; !taken.add(name.toUpperCase(Locale.ROOT)); k++) {
                String suffix = "_" + k;
                name = base.substring(0, Math.min(base.length(), 10 - suffix.length())) + suffix;
            }
            out.add(name);
        }
        return out;
    }
}
