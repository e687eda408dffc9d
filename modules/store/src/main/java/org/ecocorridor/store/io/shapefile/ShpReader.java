package org.ecocorridor.store.io.shapefile;

import java.io.Closeable;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Objects;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;

/**
 * Streams the records of a {@code .shp} file into JTS geometries, following the ESRI Shapefile
 * Technical Description (1998).
 *
 * <h2>Layout</h2>
 * A 100-byte header (file code 9994 and file length in 16-bit words, big-endian; version 1000,
 * shape type and bounding box, little-endian), then records: record number and content length in
 * 16-bit words (big-endian), then the content (little-endian): shape type, and
 * <ul>
 *   <li>Point: x, y (PointZ and PointM add z and/or m, skipped);</li>
 *   <li>MultiPoint: box, numPoints, points;</li>
 *   <li>PolyLine and Polygon: box, numParts, numPoints, parts (start index of each part), points;
 *       the Z and M variants append ranges and arrays that are skipped.</li>
 * </ul>
 * A PolyLine with one part becomes a {@code LineString}, otherwise a {@code MultiLineString}.
 * Polygon rings are assembled by {@link PolygonAssembler} (clockwise shells, counter-clockwise holes).
 * A null shape gives a null geometry. MultiPatch is rejected.
 *
 * <p>Not thread-safe; one per file.
 */
public final class ShpReader implements Closeable {
    private static final int FILE_CODE = 9994;
    private static final int HEADER_BYTES = 100;

    private final DataInputStream in;
    private final GeometryFactory factory;
    private final ShapeType shapeType;
    private final Envelope bounds;
    private final PolygonAssembler polygons;
    private byte[] buffer = new byte[256];
    private int recordNumber;
    private int ordinal;
    private Geometry geometry;

    /** Reads the header; the stream is left at the first record. */
    public ShpReader(InputStream in, GeometryFactory factory) throws IOException {
        this.in = new DataInputStream(Objects.requireNonNull(in, "in"));
        this.factory = Objects.requireNonNull(factory, "factory");
        this.polygons = new PolygonAssembler(factory);
        byte[] header = new byte[HEADER_BYTES];
        try {
            this.in.readFully(header);
        } catch (EOFException e) {
            throw new ShapefileFormatException(0, ".shp header is shorter than 100 bytes");
        }
        ByteBuffer big = ByteBuffer.wrap(header).order(ByteOrder.BIG_ENDIAN);
        if (big.getInt(0) != FILE_CODE) {
            throw new ShapefileFormatException(0, ".shp file code is " + big.getInt(0) + ", expected 9994");
        }
        ByteBuffer little = ByteBuffer.wrap(header).order(ByteOrder.LITTLE_ENDIAN);
        this.shapeType = ShapeType.of(little.getInt(32));
        if (shapeType == ShapeType.MULTIPATCH) {
            throw new ShapefileFormatException(0, "MultiPatch shapefiles are not supported");
        }
        // Xmin, Ymin, Xmax, Ymax at 36, 44, 52, 60; JTS wants (x1, x2, y1, y2).
        this.bounds = new Envelope(little.getDouble(36), little.getDouble(52),
                little.getDouble(44), little.getDouble(60));
    }

    /** The shape type declared in the header. */
    public ShapeType shapeType() {
        return shapeType;
    }

    /** The bounding box declared in the header (x = min/max X, y = min/max Y). */
    public Envelope bounds() {
        return new Envelope(bounds);
    }

    /**
     * Reads the next record.
     *
     * @return false at the end of the file
     * @throws ShapefileFormatException for a truncated or inconsistent record
     */
    public boolean next() throws IOException {
        int first = in.read();
        if (first < 0) {
            return false;
        }
        ordinal++;
        byte[] recordHeader = new byte[8];
        recordHeader[0] = (byte) first;
        readFully(recordHeader, 1, 7);
        ByteBuffer big = ByteBuffer.wrap(recordHeader).order(ByteOrder.BIG_ENDIAN);
        recordNumber = big.getInt(0);
        long contentBytes = 2L * big.getInt(4);
        if (contentBytes < 4 || contentBytes > Integer.MAX_VALUE - 8) {
            throw new ShapefileFormatException(ordinal, "content length " + contentBytes + " bytes is impossible");
        }
        if (buffer.length < contentBytes) {
            buffer = new byte[(int) Math.max(contentBytes, 2L * buffer.length)];
        }
        readFully(buffer, 0, (int) contentBytes);
        ByteBuffer content = ByteBuffer.wrap(buffer, 0, (int) contentBytes).order(ByteOrder.LITTLE_ENDIAN);
        geometry = decode(content, (int) contentBytes);
        return true;
    }

    /** The geometry of the current record, or null for a null shape. */
    public Geometry geometry() {
        return geometry;
    }

    /** The 1-based position of the current record in the file (not the stored record number). */
    public int ordinal() {
        return ordinal;
    }

    /** The record number stored in the current record's header. */
    public int recordNumber() {
        return recordNumber;
    }

    private Geometry decode(ByteBuffer b, int length) throws IOException {
        ShapeType type = ShapeType.of(b.getInt(0));
        return switch (type.base()) {
            case NULL -> null;
            case POINT -> {
                need(length, 20);
                yield factory.createPoint(new Coordinate(b.getDouble(4), b.getDouble(12)));
            }
            case MULTIPOINT -> {
                need(length, 40);
                int n = count(b.getInt(36), "numPoints");
                need(length, 40L + 16L * n);
                Point[] points = new Point[n];
                for (int i = 0; i < n; i++) {
                    points[i] = factory.createPoint(new Coordinate(b.getDouble(40 + 16 * i), b.getDouble(48 + 16 * i)));
                }
                yield factory.createMultiPoint(points);
            }
            case POLYLINE, POLYGON -> decodeParts(b, length, type.base() == ShapeType.POLYGON);
            default -> throw new ShapefileFormatException(ordinal, "unsupported shape type " + type);
        };
    }

    private Geometry decodeParts(ByteBuffer b, int length, boolean polygon) throws IOException {
        need(length, 44);
        int numParts = count(b.getInt(36), "numParts");
        int numPoints = count(b.getInt(40), "numPoints");
        int pointsAt = 44 + 4 * numParts;
        need(length, (long) pointsAt + 16L * numPoints);
        Coordinate[][] parts = new Coordinate[numParts][];
        for (int p = 0; p < numParts; p++) {
            int start = b.getInt(44 + 4 * p);
            int end = p + 1 < numParts ? b.getInt(48 + 4 * p) : numPoints;
            if (start < 0 || end > numPoints || end < start) {
                throw new ShapefileFormatException(ordinal, "part " + p + " spans points " + start + ".." + end
                        + " of " + numPoints);
            }
            Coordinate[] coords = new Coordinate[end - start];
            for (int i = start; i < end; i++) {
                coords[i - start] = new Coordinate(b.getDouble(pointsAt + 16 * i), b.getDouble(pointsAt + 8 + 16 * i));
            }
            parts[p] = coords;
        }
        if (polygon) {
            try {
                return polygons.assemble(parts);
            } catch (IllegalArgumentException e) {
                throw new ShapefileFormatException(ordinal, e.getMessage());
            }
        }
        try {
            LineString[] lines = new LineString[numParts];
            for (int p = 0; p < numParts; p++) {
                lines[p] = factory.createLineString(parts[p]);
            }
            return numParts == 1 ? lines[0] : factory.createMultiLineString(lines);
        } catch (IllegalArgumentException e) {
            throw new ShapefileFormatException(ordinal, "invalid PolyLine part: " + e.getMessage());
        }
    }

    private int count(int value, String what) throws ShapefileFormatException {
        if (value < 0) {
            throw new ShapefileFormatException(ordinal, what + " is negative: " + value);
        }
        return value;
    }

    private void need(long length, long bytes) throws ShapefileFormatException {
        if (bytes > length) {
            throw new ShapefileFormatException(ordinal, "content of " + length + " bytes is shorter than the "
                    + bytes + " bytes its counts require");
        }
    }

    private void readFully(byte[] target, int offset, int length) throws IOException {
        try {
            in.readFully(target, offset, length);
        } catch (EOFException e) {
            throw new ShapefileFormatException(ordinal, "file ends inside the record");
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
