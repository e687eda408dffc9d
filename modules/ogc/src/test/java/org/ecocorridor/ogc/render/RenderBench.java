package org.ecocorridor.ogc.render;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.ecocorridor.core.feature.Feature;
import org.ecocorridor.core.feature.GeometryKind;
import org.ecocorridor.ogc.image.PngEncoder;
import org.ecocorridor.ogc.style.Fill;
import org.ecocorridor.ogc.style.LineSymbolizer;
import org.ecocorridor.ogc.style.PolygonSymbolizer;
import org.ecocorridor.ogc.style.Stroke;
import org.ecocorridor.ogc.style.UnitOfMeasure;
import org.ecocorridor.ogc.testing.TestFeatures;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * In-process render cost of the WMS benchmark's tiles (docs/benchmarks.md, "WMS and tiles"): CPU
 * time per tile on one thread, Java2D only against the scanline canvas, alternated.
 *
 * <p>Data as {@code scripts/bench/wms} makes it, with java.util.Random instead of PostgreSQL's
 * generator: 10,000 polygons, centres uniform over lon 120..140, lat 38..50, six vertices at
 * radius 0.03..0.10° jittered by 0.7..1.3 (x divided by cos lat); the built-in default style
 * (fill #cccccc at 50 %, 1 px #555555 round outline, and the identical line symbolizer the
 * painter skips). Tiles: random 256 × 256 EPSG:3857 tiles at zoom 5 to 8 over the data's extent,
 * transparent, as {@code scripts/bench/wms-tiles.lua} picks them. Features come from an STR-tree.
 *
 * <p>Run (not a test): {@code java -cp <ogc test classpath> org.ecocorridor.ogc.render.RenderBench
 * [rounds] [tilesPerRound] [profile]}. Prints, per round and renderer, the mean CPU ms per tile for
 * rendering only and for rendering plus PNG encoding. With {@code profile}, renders and encodes
 * with the scanline canvas only, {@code rounds} times over the tiles (for a profiler).
 */
public final class RenderBench {
    private static final double HALF = 20037508.342789244;
    private static final GeometryFactory GF = new GeometryFactory();

    private RenderBench() {
    }

    public static void main(String[] args) throws IOException {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        int tilesPerRound = args.length > 1 ? Integer.parseInt(args[1]) : 150;
        PrintStream out = System.out;
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        MapLayer layer = layer(polygons(10_000, new Random(42)));
        List<MapRequest> tiles = tiles(tilesPerRound, new Random(1001));
        MapRenderer java2d = new MapRenderer(GraphicLoader.inlineOnly(), false);
        MapRenderer scanline = new MapRenderer(GraphicLoader.inlineOnly(), true);
        PngEncoder png = new PngEncoder();
        OutputStream sink = OutputStream.nullOutputStream();
        if (args.length > 2 && args[2].equals("profile")) {
            for (int r = 0; r < rounds; r++) {
                for (MapRequest t : tiles) {
                    png.encode(scanline.render(t, List.of(layer)), sink);
                }
            }
            return;
        }
        for (MapRequest t : tiles.subList(0, Math.min(40, tiles.size()))) { // warm-up
            png.encode(java2d.render(t, List.of(layer)), sink);
            png.encode(scanline.render(t, List.of(layer)), sink);
        }
        out.printf("JDK %s, %d cores; %d rounds of %d tiles; CPU ms per tile%n", Runtime.version(),
                Runtime.getRuntime().availableProcessors(), rounds, tilesPerRound);
        double[][] render = new double[2][rounds];
        double[][] withPng = new double[2][rounds];
        for (int r = 0; r < rounds; r++) {
            for (int k = 0; k < 2; k++) {
                int which = (r + k) % 2; // alternate which goes first
                MapRenderer renderer = which == 0 ? java2d : scanline;
                long renderNs = 0;
                long pngNs = 0;
                for (MapRequest t : tiles) {
                    long t0 = cpu.getCurrentThreadCpuTime();
                    BufferedImage img = renderer.render(t, List.of(layer));
                    long t1 = cpu.getCurrentThreadCpuTime();
                    png.encode(img, sink);
                    long t2 = cpu.getCurrentThreadCpuTime();
                    renderNs += t1 - t0;
                    pngNs += t2 - t1;
                }
                render[which][r] = renderNs / 1e6 / tiles.size();
                withPng[which][r] = (renderNs + pngNs) / 1e6 / tiles.size();
                out.printf("round %d %-8s render %6.2f  render+png %6.2f%n", r, which == 0 ? "java2d" : "scanline",
                        render[which][r], withPng[which][r]);
            }
        }
        for (int which = 0; which < 2; which++) {
            double[] a = render[which].clone();
            double[] b = withPng[which].clone();
            Arrays.sort(a);
            Arrays.sort(b);
            out.printf("%-8s render best %.2f median %.2f | render+png best %.2f median %.2f%n",
                    which == 0 ? "java2d" : "scanline", a[0], a[a.length / 2], b[0], b[b.length / 2]);
        }
        for (int z : new int[] {5, 8}) {
            MapRequest t = z == 5 ? tile(5, 27, 11) : tile(8, 218, 93);
            for (int which = 0; which < 2; which++) {
                MapRenderer renderer = which == 0 ? java2d : scanline;
                long best = Long.MAX_VALUE;
                for (int i = 0; i < 20; i++) {
                    long t0 = cpu.getCurrentThreadCpuTime();
                    renderer.render(t, List.of(layer));
                    best = Math.min(best, cpu.getCurrentThreadCpuTime() - t0);
                }
                out.printf("z%d tile, %-8s render best of 20: %.2f ms%n", z, which == 0 ? "java2d" : "scanline",
                        best / 1e6);
            }
        }
    }

    static List<Feature> polygons(int count, Random random) {
        List<Feature> features = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            double lon = 120 + 20 * random.nextDouble();
            double lat = 38 + 12 * random.nextDouble();
            double r = 0.03 + 0.07 * random.nextDouble();
            double turn = random.nextDouble();
            Coordinate[] ring = new Coordinate[7];
            for (int k = 0; k < 6; k++) {
                double a = 2 * Math.PI * (k + turn) / 6;
                ring[k] = new Coordinate(lon + r * (0.7 + 0.6 * random.nextDouble()) * Math.cos(a)
                        / Math.cos(Math.toRadians(lat)), lat + r * (0.7 + 0.6 * random.nextDouble()) * Math.sin(a));
            }
            ring[6] = ring[0];
            Polygon p = GF.createPolygon(ring);
            features.add(new Feature(null, p, java.util.Map.of("id", i)));
        }
        return features;
    }

    static MapLayer layer(List<Feature> features) {
        STRtree index = new STRtree();
        for (Feature f : features) {
            index.insert(f.geometry().getEnvelopeInternal(), f);
        }
        index.build();
        Color grey = new Color(0x55, 0x55, 0x55);
        return MapLayer.vector("bench_polygons", Styles.of(
                new PolygonSymbolizer(Fill.solid(new Color(0xcccccc), 0.5), Stroke.solid(grey, 1), UnitOfMeasure.PIXEL),
                new LineSymbolizer(Stroke.solid(grey, 1), UnitOfMeasure.PIXEL)), bbox -> {
                    @SuppressWarnings("unchecked")
                    List<Feature> hits = (List<Feature>) index.query(bbox);
                    return TestFeatures.cursor(hits.iterator(), GeometryKind.POLYGON);
                });
    }

    /** Random tiles as wms-tiles.lua picks them: zoom 5..8, columns and rows over lon 120..140, lat 38..50. */
    static List<MapRequest> tiles(int count, Random random) {
        List<MapRequest> tiles = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int z = 5 + random.nextInt(4);
            int x0 = column(120, z);
            int x1 = column(140, z);
            int y0 = row(50, z);
            int y1 = row(38, z);
            tiles.add(tile(z, x0 + random.nextInt(x1 - x0 + 1), y0 + random.nextInt(y1 - y0 + 1)));
        }
        return tiles;
    }

    static MapRequest tile(int z, int x, int y) {
        double size = 2 * HALF / (1 << z);
        double minX = -HALF + x * size;
        double maxY = HALF - y * size;
        return new MapRequest(256, 256, new Envelope(minX, minX + size, maxY - size, maxY), 3857,
                MapRequest.STANDARD_DPI, true, Color.WHITE, 0, null);
    }

    private static int column(double lon, int z) {
        return (int) Math.floor((lon + 180) / 360 * (1 << z));
    }

    private static int row(double lat, int z) {
        double r = Math.toRadians(lat);
        return (int) Math.floor((1 - Math.log(Math.tan(r) + 1 / Math.cos(r)) / Math.PI) / 2 * (1 << z));
    }
}
