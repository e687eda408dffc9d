package org.ecocorridor.store.io.shapefile;

import java.io.Closeable;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Streams the records of a dBASE III {@code .dbf} table, the attribute part of a Shapefile.
 *
 * <h2>Layout</h2>
 * A 32-byte header (record count at 4, header length at 8, record length at 10, little-endian;
 * language driver id at 29), 32-byte field descriptors (name in 11 bytes, type letter at 11,
 * width at 16, decimal count at 17) ended by 0x0D, then fixed-width records, each starting with a
 * deletion flag ({@code '*'} = deleted), the table ending with 0x1A.
 *
 * <h2>Values</h2>
 * Every value is returned as text, or null, so that the caller converts it to the field's
 * {@link DbfField#attributeType()} with its own error messages: C text without trailing blanks
 * (empty is null, as in shapelib); N and F trimmed (blank or overflow {@code ***} is null);
 * L as {@code true}/{@code false} (T/Y/F/N, {@code ?} or blank is null); D {@code YYYYMMDD} as ISO
 * {@code YYYY-MM-DD} (blank or zeros is null). Anything unexpected is passed through as found.
 *
 * <h2>Character set</h2>
 * The given charset (from a {@code .cpg}), else the one of the language driver id ({@link
 * DbfCharsets}), else UTF-8, falling back to ISO-8859-1 for each value that is not valid UTF-8
 * ({@link #usedLatin1Fallback()} tells whether that happened).
 *
 * <p>Not thread-safe; one per file.
 */
public final class DbfReader implements Closeable {
    private static final int HEADER_BYTES = 32;
    private static final int DESCRIPTOR_BYTES = 32;

    private final DataInputStream in;
    private final List<DbfField> fields;
    private final int[] offsets;
    private final long recordCount;
    private final int recordLength;
    private final int languageDriverId;
    private final Charset charset;
    private final CharsetDecoder strictUtf8;
    private final byte[] record;
    private boolean latin1Fallback;
    private long ordinal;

    /**
     * Reads the header and field descriptors.
     *
     * @param charset the text encoding when known (from a {@code .cpg} file), or null to use the
     *                language driver id and then UTF-8 with ISO-8859-1 fallback
     */
    public DbfReader(InputStream in, Charset charset) throws IOException {
        this.in = new DataInputStream(Objects.requireNonNull(in, "in"));
        byte[] header = readExactly(HEADER_BYTES, ".dbf header");
        ByteBuffer b = ByteBuffer.wrap(header).order(ByteOrder.LITTLE_ENDIAN);
        this.recordCount = Integer.toUnsignedLong(b.getInt(4));
        int headerLength = Short.toUnsignedInt(b.getShort(8));
        this.recordLength = Short.toUnsignedInt(b.getShort(10));
        this.languageDriverId = header[29] & 0xFF;
        this.charset = charset != null ? charset : DbfCharsets.fromLanguageDriverId(languageDriverId).orElse(null);
        this.strictUtf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        if (headerLength < HEADER_BYTES + 1) {
            throw new ShapefileFormatException(0, ".dbf header length " + headerLength + " is too short");
        }
        byte[] descriptors = readExactly(headerLength - HEADER_BYTES, ".dbf field descriptors");
        this.fields = List.copyOf(parseFields(descriptors));
        this.offsets = new int[fields.size()];
        int offset = 1; // deletion flag
        for (int i = 0; i < fields.size(); i++) {
            offsets[i] = offset;
            offset += fields.get(i).length();
        }
        if (offset > recordLength) {
            throw new ShapefileFormatException(0, ".dbf fields need " + offset + " bytes per record, header says "
                    + recordLength);
        }
        this.record = new byte[recordLength];
    }

    private List<DbfField> parseFields(byte[] descriptors) throws IOException {
        List<DbfField> result = new ArrayList<>();
        for (int at = 0; at + DESCRIPTOR_BYTES <= descriptors.length && descriptors[at] != 0x0D;
                at += DESCRIPTOR_BYTES) {
            int nameLength = 0;
            while (nameLength < 11 && descriptors[at + nameLength] != 0) {
                nameLength++;
            }
            String name = decode(descriptors, at, nameLength).trim();
            char type = (char) (descriptors[at + 11] & 0xFF);
            int length = descriptors[at + 16] & 0xFF;
            int decimals = descriptors[at + 17] & 0xFF;
            if (length == 0) {
                throw new ShapefileFormatException(0, ".dbf field \"" + name + "\" has width 0");
            }
            result.add(new DbfField(name, type, length, decimals));
        }
        return result;
    }

    public List<DbfField> fields() {
        return fields;
    }

    /** The number of records the header declares (deleted ones included). */
    public long recordCount() {
        return recordCount;
    }

    /** Header byte 29, the dBASE language driver id (0 when unset). */
    public int languageDriverId() {
        return languageDriverId;
    }

    /** The charset used for text, or empty when reading UTF-8 with ISO-8859-1 fallback. */
    public java.util.Optional<Charset> charset() {
        return java.util.Optional.ofNullable(charset);
    }

    /** Whether some value was not valid UTF-8 and was read as ISO-8859-1 instead. */
    public boolean usedLatin1Fallback() {
        return latin1Fallback;
    }

    /**
     * Reads the next record.
     *
     * @return false after the last declared record or at the end-of-file marker
     */
    public boolean next() throws IOException {
        if (ordinal >= recordCount) {
            return false;
        }
        int first = in.read();
        if (first < 0 || first == 0x1A) {
            return false;
        }
        ordinal++;
        record[0] = (byte) first;
        try {
            in.readFully(record, 1, recordLength - 1);
        } catch (EOFException e) {
            throw new ShapefileFormatException(ordinal, ".dbf file ends inside the record");
        }
        return true;
    }

    /** Whether the current record carries the deletion flag. */
    public boolean deleted() {
        return record[0] == '*';
    }

    /** The 1-based position of the current record. */
    public long ordinal() {
        return ordinal;
    }

    /** The value of field {@code index} in the current record, as text (see class comment), or null. */
    public String value(int index) {
        DbfField field = fields.get(index);
        int start = offsets[index];
        int end = start + field.length();
        return switch (Character.toUpperCase(field.type())) {
            case 'N', 'F' -> number(start, end);
            case 'L' -> logical(record[start]);
            case 'D' -> date(start, end);
            default -> text(start, end);
        };
    }

    private String text(int start, int end) {
        int e = end;
        while (e > start && (record[e - 1] == ' ' || record[e - 1] == 0)) {
            e--;
        }
        return e == start ? null : decode(record, start, e - start);
    }

    private String number(int start, int end) {
        String s = new String(record, start, end - start, StandardCharsets.ISO_8859_1).trim();
        return s.isEmpty() || s.chars().allMatch(c -> c == '*') || s.chars().allMatch(c -> c == 0) ? null : s;
    }

    private static String logical(byte b) {
        return switch (b) {
            case 'T', 't', 'Y', 'y' -> "true";
            case 'F', 'f', 'N', 'n' -> "false";
            case '?', ' ', 0 -> null;
            default -> String.valueOf((char) (b & 0xFF));
        };
    }

    private String date(int start, int end) {
        String s = new String(record, start, end - start, StandardCharsets.ISO_8859_1).trim();
        if (s.isEmpty() || s.equals("00000000")) {
            return null;
        }
        return s.matches("\\d{8}") ? s.substring(0, 4) + "-" + s.substring(4, 6) + "-" + s.substring(6, 8) : s;
    }

    private String decode(byte[] bytes, int offset, int length) {
        if (charset != null) {
            return new String(bytes, offset, length, charset);
        }
        try {
            strictUtf8.reset();
            return strictUtf8.decode(ByteBuffer.wrap(bytes, offset, length)).toString();
        } catch (CharacterCodingException e) {
            latin1Fallback = true;
            return new String(bytes, offset, length, StandardCharsets.ISO_8859_1);
        }
    }

    private byte[] readExactly(int length, String what) throws IOException {
        byte[] bytes = new byte[length];
        try {
            in.readFully(bytes);
        } catch (EOFException e) {
            throw new ShapefileFormatException(0, what + " is truncated");
        }
        return bytes;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
