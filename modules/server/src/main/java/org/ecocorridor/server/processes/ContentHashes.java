package org.ecocorridor.server.processes;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import org.ecocorridor.core.feature.Feature;
import org.ecocorridor.core.feature.FeatureCursor;
import org.ecocorridor.core.grid.FloatGrid;
import org.ecocorridor.report.model.RunMetadata.InputRecord;
import org.ecocorridor.store.SpatialStore;
import org.locationtech.jts.io.WKBWriter;

/**
 * SHA-256 of the data a run read, so a report pins its inputs. Definitions (stable across stores):
 * <ul>
 *   <li>vector layer: for each feature in the layer's primary-key order, the UTF-8 id, the geometry as
 *       2D big-endian WKB (empty for none), then each attribute as {@code name=value} text, with a
 *       0 byte after each part;</li>
 *   <li>raster: rows, columns, the geotransform (origin and cell size as IEEE doubles), then every cell
 *       as a big-endian IEEE float, row-major from the top-left.</li>
 * </ul>
 */
final class ContentHashes {
    private ContentHashes() {
    }

    /** The hash record of a stored vector layer, or of a raster when {@code name} is one. */
    static InputRecord stored(SpatialStore store, String role, String name) {
        if (store.rasters().info(name).isPresent()) {
            FloatGrid grid = store.rasters().load(name);
            return new InputRecord(role, name, raster(grid), (long) grid.rows() * grid.cols());
        }
        MessageDigest md = sha256();
        WKBWriter wkb = new WKBWriter(2, true);
        long n = 0;
        try (FeatureCursor cursor = store.features().open(name)) {
            while (cursor.hasNext()) {
                Feature f = cursor.next();
                update(md, f.id());
                if (f.geometry() != null) {
                    md.update(wkb.write(f.geometry()));
                }
                md.update((byte) 0);
                for (Map.Entry<String, Object> a : f.attributes().entrySet()) {
                    update(md, a.getKey() + "=" + a.getValue());
                }
                n++;
            }
        }
        return new InputRecord(role, name, HexFormat.of().formatHex(md.digest()), n);
    }

    static String raster(FloatGrid grid) {
        MessageDigest md = sha256();
        var g = grid.geometry();
        ByteBuffer header = ByteBuffer.allocate(8 + 4 * 8);
        header.putInt(grid.rows()).putInt(grid.cols()).putDouble(g.envelope().getMinX()).putDouble(g.envelope().getMaxY())
                .putDouble(g.cellWidth()).putDouble(g.cellHeight());
        md.update(header.array());
        ByteBuffer row = ByteBuffer.allocate(4 * grid.cols());
        float[] v = grid.values();
        for (int r = 0; r < grid.rows(); r++) {
            row.clear();
            row.asFloatBuffer().put(v, r * grid.cols(), grid.cols());
            md.update(row.array());
        }
        return HexFormat.of().formatHex(md.digest());
    }

    static String text(String content) {
        return HexFormat.of().formatHex(sha256().digest(content.getBytes(StandardCharsets.UTF_8)));
    }

    private static void update(MessageDigest md, String s) {
        md.update(s.getBytes(StandardCharsets.UTF_8));
        md.update((byte) 0);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }
}
