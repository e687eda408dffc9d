package org.ecocorridor.store.io.shapefile;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A test-only Shapefile writer that lays bytes out exactly as the ESRI Shapefile Technical
 * Description (1998) and the dBASE III structure say, independently of the readers under test:
 * .shp header (big-endian file code 9994 and length in 16-bit words; little-endian version 1000,
 * shape type, box), records (big-endian number and content length; little-endian content), and a
 * .dbf (32-byte header, 32-byte descriptors, 0x0D, records with a deletion flag, 0x1A).
 */
public final class ShapefileFixture {
    private ShapefileFixture() {
    }

    /** Point content (type 1): x, y. */
    public static byte[] point(double x, double y) {
        return le(20).putInt(1).putDouble(x).putDouble(y).array();
    }

    /** Null shape content (type 0). */
    public static byte[] nullShape() {
        return le(4).putInt(0).array();
    }

    /** MultiPoint content (type 8). */
    public static byte[] multiPoint(double[][] points) {
        ByteBuffer b = le(40 + 16 * points.length).putInt(8);
        box(b, points).putInt(points.length);
        for (double[] p : points) {
            b.putDouble(p[0]).putDouble(p[1]);
        }
        return b.array();
    }

    /**
     * PolyLine (3) or Polygon (5) content; each part is a list of (x, y). With {@code withZ}, the
     * type becomes 13 or 15 and Z and M ranges and arrays (z = 100 + i, m = 0) are appended.
     */
    public static byte[] parts(int type, boolean withZ, double[][]... parts) {
        int numPoints = 0;
        for (double[][] part : parts) {
            numPoints += part.length;
        }
        int size = 44 + 4 * parts.length + 16 * numPoints + (withZ ? 32 + 16 * numPoints : 0);
        ByteBuffer b = le(size).putInt(withZ ? type + 10 : type);
        double[][] all = new double[numPoints][];
        int k = 0;
        for (double[][] part : parts) {
            for (double[] p : part) {
                all[k++] = p;
            }
        }
        box(b, all).putInt(parts.length).putInt(numPoints);
        int start = 0;
        for (double[][] part : parts) {
            b.putInt(start);
            start += part.length;
        }
        for (double[] p : all) {
            b.putDouble(p[0]).putDouble(p[1]);
        }
        if (withZ) {
            b.putDouble(100).putDouble(100 + numPoints - 1);
            for (int i = 0; i < numPoints; i++) {
                b.putDouble(100 + i);
            }
            b.putDouble(0).putDouble(0);
            for (int i = 0; i < numPoints; i++) {
                b.putDouble(0);
            }
        }
        return b.array();
    }

    /** A .shp file of the given header shape type and record contents. */
    public static byte[] shp(int shapeType, List<byte[]> contents) {
        int length = 100;
        for (byte[] c : contents) {
            length += 8 + c.length;
        }
        ByteBuffer b = ByteBuffer.allocate(length);
        b.order(ByteOrder.BIG_ENDIAN).putInt(0, 9994).putInt(24, length / 2);
        b.order(ByteOrder.LITTLE_ENDIAN).putInt(28, 1000).putInt(32, shapeType);
        b.position(100);
        int number = 1;
        for (byte[] c : contents) {
            b.order(ByteOrder.BIG_ENDIAN).putInt(number++).putInt(c.length / 2);
            b.put(c);
        }
        return b.array();
    }

    /** A dBASE field: name, type letter, width, decimals. */
    public record Field(String name, char type, int length, int decimals) {
    }

    /**
     * A .dbf table.
     *
     * @param records values per record, already formatted as dBASE text (null = blank); a record
     *                whose first value starts with {@code *DELETED*} is flagged deleted
     */
    public static byte[] dbf(List<Field> fields, List<String[]> records, int ldid, Charset charset) {
        int recordLength = 1 + fields.stream().mapToInt(Field::length).sum();
        int headerLength = 32 + 32 * fields.size() + 1;
        ByteBuffer b = le(headerLength + recordLength * records.size() + 1);
        b.put(0, (byte) 0x03).put(1, (byte) 124).put(2, (byte) 5).put(3, (byte) 1);
        b.putInt(4, records.size()).putShort(8, (short) headerLength).putShort(10, (short) recordLength);
        b.put(29, (byte) ldid);
        for (int i = 0; i < fields.size(); i++) {
            Field f = fields.get(i);
            int at = 32 + 32 * i;
            byte[] name = f.name().getBytes(charset);
            b.put(at, name, 0, Math.min(10, name.length));
            b.put(at + 11, (byte) f.type()).put(at + 16, (byte) f.length()).put(at + 17, (byte) f.decimals());
        }
        b.put(headerLength - 1, (byte) 0x0D);
        int at = headerLength;
        for (String[] values : records) {
            boolean deleted = values.length > 0 && values[0] != null && values[0].startsWith("*DELETED*");
            b.put(at, (byte) (deleted ? '*' : ' '));
            int offset = at + 1;
            for (int i = 0; i < fields.size(); i++) {
                Field f = fields.get(i);
                String v = values[i] == null ? "" : values[i].replace("*DELETED*", "");
                byte[] bytes = v.getBytes(charset);
                byte[] cell = new byte[f.length()];
                java.util.Arrays.fill(cell, (byte) ' ');
                boolean right = f.type() == 'N' || f.type() == 'F';
                int n = Math.min(bytes.length, f.length());
                System.arraycopy(bytes, 0, cell, right ? f.length() - n : 0, n);
                b.put(offset, cell);
                offset += f.length();
            }
            at += recordLength;
        }
        b.put(at, (byte) 0x1A);
        return b.array();
    }

    /** A zip of the given entries (name to bytes), in iteration order. */
    public static byte[] zip(Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                z.putNextEntry(new ZipEntry(e.getKey()));
                z.write(e.getValue());
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private static ByteBuffer box(ByteBuffer b, double[][] points) {
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (double[] p : points) {
            minX = Math.min(minX, p[0]);
            minY = Math.min(minY, p[1]);
            maxX = Math.max(maxX, p[0]);
            maxY = Math.max(maxY, p[1]);
        }
        return b.putDouble(minX).putDouble(minY).putDouble(maxX).putDouble(maxY);
    }

    private static ByteBuffer le(int size) {
        return ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
    }
}
