package org.ecocorridor.store.io.shapefile;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * Writes the geometry half of a Shapefile: the {@code .shp} main file and its {@code .shx} index,
 * after the ESRI Shapefile Technical Description (July 1998): a 100-byte header (file code 9994
 * and length in 16-bit words big-endian, version 1000, shape type and bounding box little-endian),
 * then one record per feature (number and content length big-endian, content little-endian).
 *
 * <ul>
 *   <li>{@link ShapeType#POINT}: x, y;</li>
 *   <li>{@link ShapeType#MULTIPOINT}: box, point count, points;</li>
 *   <li>{@link ShapeType#POLYLINE}: box, part count, point count, part starts, points; one part
 *       per line string;</li>
 *   <li>{@link ShapeType#POLYGON}: the same with one part per ring, outer rings clockwise and holes
 *       counter-clockwise (p. 8), reversed here when JTS holds them the other way;</li>
 *   <li>a null or empty geometry is a Null Shape record (type 0).</li>
 * </ul>
 * The headers' file lengths and box are written last, over the placeholders, when the files close.
 *
 * <p>Not thread-safe; one per file.
 */
public final class ShpWriter implements Closeable {
    private static final int HEADER_BYTES = 100;
    private final ShapeType type;
    private final Path shp;
    private final Path shx;
    private final OutputStream shpOut;
    private final OutputStream shxOut;
    private final Envelope bounds = new Envelope();
    private ByteBuffer buffer = ByteBuffer.allocate(1 << 12);
    private long shpBytes = HEADER_BYTES;
    private long shxBytes = HEADER_BYTES;
    private int records;

    /**
     * Creates {@code <base>.shp} and {@code <base>.shx}.
     *
     * @param type {@link ShapeType#POINT}, {@link ShapeType#MULTIPOINT}, {@link ShapeType#POLYLINE} or
     *             {@link ShapeType#POLYGON}
     */
    public ShpWriter(Path base, ShapeType type) throws IOException {
        if (type != ShapeType.POINT && type != ShapeType.MULTIPOINT && type != ShapeType.POLYLINE
                && type != ShapeType.POLYGON) {
            throw new IllegalArgumentException("Shape type " + type + " is not written");
        }
        this.type = type;
        this.shp = base.resolveSibling(base.getFileName() + ".shp");
        this.shx = base.resolveSibling(base.getFileName() + ".shx");
        this.shpOut = new BufferedOutputStream(Files.newOutputStream(shp), 1 << 16);
        this.shxOut = new BufferedOutputStream(Files.newOutputStream(shx), 1 << 14);
        byte[] placeholder = new byte[HEADER_BYTES];
        shpOut.write(placeholder);
        shxOut.write(placeholder);
    }

    /** Appends one record; {@code g} must match the file's type (a Point in a POINT file, ...). */
    public void write(Geometry g) throws IOException {
        ByteBuffer b = content(g);
        int contentBytes = b.position();
        ByteBuffer header = ByteBuffer.allocate(8).order(ByteOrder.BIG_ENDIAN);
        header.putInt(++records).putInt(contentBytes / 2);
        ByteBuffer index = ByteBuffer.allocate(8).order(ByteOrder.BIG_ENDIAN);
        index.putInt((int) (shpBytes / 2)).putInt(contentBytes / 2);
        shpOut.write(header.array());
        shpOut.write(b.array(), 0, contentBytes);
        shxOut.write(index.array());
        shpBytes += 8 + contentBytes;
        shxBytes += 8;
        if (shpBytes / 2 > Integer.MAX_VALUE) {
            throw new IOException("Shapefile larger than 4 GB, the format's limit");
        }
    }

    /** The number of records written. */
    public int records() {
        return records;
    }

    private ByteBuffer content(Geometry g) {
        if (g == null || g.isEmpty()) {
            return buffer(4).putInt(ShapeType.NULL.code());
        }
        bounds.expandToInclude(g.getEnvelopeInternal());
        return switch (type) {
            case POINT -> {
                Point p = (Point) g;
                yield buffer(20).putInt(type.code()).putDouble(p.getX()).putDouble(p.getY());
            }
            case MULTIPOINT -> {
                ByteBuffer b = box(buffer(40 + 16 * g.getNumPoints()).putInt(type.code()), g.getEnvelopeInternal());
                b.putInt(g.getNumGeometries());
                for (int i = 0; i < g.getNumGeometries(); i++) {
                    Point p = (Point) g.getGeometryN(i);
                    b.putDouble(p.getX()).putDouble(p.getY());
                }
                yield b;
            }
            default -> parts(g);
        };
    }

    /** PolyLine or Polygon content: the parts are line strings or rings. */
    private ByteBuffer parts(Geometry g) {
        java.util.List<CoordinateSequence> parts = new java.util.ArrayList<>();
        for (int i = 0; i < g.getNumGeometries(); i++) {
            Geometry member = g.getGeometryN(i);
            if (member instanceof Polygon polygon) {
                parts.add(oriented(polygon.getExteriorRing().getCoordinateSequence(), true));
                for (int h = 0; h < polygon.getNumInteriorRing(); h++) {
                    parts.add(oriented(polygon.getInteriorRingN(h).getCoordinateSequence(), false));
                }
            } else if (member instanceof LineString line) {
                parts.add(line.getCoordinateSequence());
            } else {
                throw new IllegalArgumentException("A " + type + " shapefile cannot hold a " + member.getGeometryType());
            }
        }
        int points = parts.stream().mapToInt(CoordinateSequence::size).sum();
        ByteBuffer b = box(buffer(44 + 4 * parts.size() + 16 * points).putInt(type.code()), g.getEnvelopeInternal());
        b.putInt(parts.size()).putInt(points);
        int start = 0;
        for (CoordinateSequence part : parts) {
            b.putInt(start);
            start += part.size();
        }
        for (CoordinateSequence part : parts) {
            for (int i = 0; i < part.size(); i++) {
                b.putDouble(part.getX(i)).putDouble(part.getY(i));
            }
        }
        return b;
    }

    /** A ring in the Shapefile's orientation: outer rings clockwise, holes counter-clockwise. */
    private static CoordinateSequence oriented(CoordinateSequence ring, boolean outer) {
        boolean ccw = Orientation.isCCW(ring);
        if (ccw != outer) {
            return ring;
        }
        CoordinateSequence reversed = ring.copy();
        org.locationtech.jts.geom.CoordinateSequences.reverse(reversed);
        return reversed;
    }

    private static ByteBuffer box(ByteBuffer b, Envelope e) {
        return b.putDouble(e.getMinX()).putDouble(e.getMinY()).putDouble(e.getMaxX()).putDouble(e.getMaxY());
    }

    private ByteBuffer buffer(int bytes) {
        if (buffer.capacity() < bytes) {
            buffer = ByteBuffer.allocate(Math.max(bytes, buffer.capacity() * 2));
        }
        buffer.clear();
        buffer.order(ByteOrder.LITTLE_ENDIAN);
        return buffer;
    }

    /** Flushes the records and writes both headers with the final lengths and box. */
    @Override
    public void close() throws IOException {
        shpOut.close();
        shxOut.close();
        writeHeader(shp, shpBytes);
        writeHeader(shx, shxBytes);
    }

    private void writeHeader(Path file, long bytes) throws IOException {
        ByteBuffer h = ByteBuffer.allocate(HEADER_BYTES);
        h.order(ByteOrder.BIG_ENDIAN).putInt(9994).position(24);
        h.putInt((int) (bytes / 2));
        h.order(ByteOrder.LITTLE_ENDIAN).putInt(1000).putInt(type.code());
        Envelope e = bounds.isNull() ? new Envelope(0, 0, 0, 0) : bounds;
        box(h, e); // then Zmin, Zmax, Mmin, Mmax stay 0
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.write(h.array());
        }
    }
}
