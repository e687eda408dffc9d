package org.ecocorridor.store.raster;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;
import org.ecocorridor.core.grid.FloatGrid;

/**
 * The tile encoding shared by both stores: {@code tileSize²} float32 values, row-major,
 * little-endian, NaN = NoData, compressed with zlib (RFC 1950, {@link Deflater}). Tiles at the
 * right and bottom edges are padded with NaN to full size.
 *
 * <p>Thread-safe (stateless; a Deflater/Inflater per call).
 */
final class RasterTiles {
    private RasterTiles() {
    }

    /** Cells of tile (tileRow, tileCol) of a grid, padded with NaN. */
    static float[] extract(FloatGrid grid, int tileSize, int tileRow, int tileCol) {
        float[] tile = new float[tileSize * tileSize];
        Arrays.fill(tile, Float.NaN);
        int row0 = tileRow * tileSize;
        int col0 = tileCol * tileSize;
        int width = Math.min(tileSize, grid.cols() - col0);
        int height = Math.min(tileSize, grid.rows() - row0);
        float[] values = grid.values();
        for (int r = 0; r < height; r++) {
            System.arraycopy(values, (row0 + r) * grid.cols() + col0, tile, r * tileSize, width);
        }
        return tile;
    }

    /** Whether every value is NaN (such tiles are not stored). */
    static boolean isEmpty(float[] tile) {
        for (float v : tile) {
            if (!Float.isNaN(v)) {
                return false;
            }
        }
        return true;
    }

    static byte[] encode(float[] tile) {
        ByteBuffer raw = ByteBuffer.allocate(tile.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        raw.asFloatBuffer().put(tile);
        Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION);
        try {
            deflater.setInput(raw.array());
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(raw.capacity() / 4);
            byte[] buffer = new byte[64 * 1024];
            while (!deflater.finished()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }

    /**
     * Decodes a tile of {@code cellCount} values.
     *
     * @throws IllegalStateException when the data is corrupt or of the wrong length
     */
    static float[] decode(byte[] data, int cellCount) {
        byte[] raw = new byte[cellCount * Float.BYTES];
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(data);
            int n = 0;
            while (n < raw.length && !inflater.finished()) {
                int got = inflater.inflate(raw, n, raw.length - n);
                if (got == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    break;
                }
                n += got;
            }
            if (n != raw.length || !inflater.finished()) {
                throw new IllegalStateException("Corrupt raster tile: expected " + raw.length + " bytes, got " + n);
            }
        } catch (DataFormatException e) {
            throw new IllegalStateException("Corrupt raster tile: " + e.getMessage(), e);
        } finally {
            inflater.end();
        }
        float[] tile = new float[cellCount];
        ByteBuffer.wrap(raw).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(tile);
        return tile;
    }
}
