package org.ecocorridor.server.tiles;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.ecocorridor.ogc.exception.OgcException;
import org.ecocorridor.ogc.tile.TileMatrixSet;
import org.ecocorridor.ogc.tile.TileSeeder;
import org.ecocorridor.server.wms.MapProperties;
import org.ecocorridor.server.wms.MapServices;
import org.ecocorridor.store.SpatialStore;
import org.ecocorridor.store.SpatialStores;
import org.ecocorridor.store.StoreConfig;
import org.locationtech.jts.geom.Envelope;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code seed LAYER --zoom 0-8 [--style S] [--matrix-set WebMercatorQuad] [--bbox w,s,e,n]}: renders
 * a layer's tiles into the disk tile cache the server reads ({@code <data dir>/tile-cache} unless
 * {@code --cache-dir}), skipping tiles already cached for the layer's current data and style.
 */
@Command(name = "seed", mixinStandardHelpOptions = true,
        description = {"Pre-renders the tiles of a layer into the tile cache.",
                "The store is chosen by ECOCORRIDOR_DB_URL (PostGIS) or ECOCORRIDOR_DATA_DIR (embedded)."})
public final class SeedCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "LAYER", description = "Layer name.")
    String layer;

    @Option(names = "--zoom", required = true, paramLabel = "MIN-MAX", description = "Levels, e.g. 0-8 or 5.")
    String zoom;

    @Option(names = "--style", defaultValue = "", description = "Style (default: the layer's default style).")
    String style;

    @Option(names = "--matrix-set", defaultValue = "WebMercatorQuad",
            description = "WebMercatorQuad (default, also XYZ) or WorldCRS84Quad.")
    String matrixSet;

    @Option(names = "--format", defaultValue = "image/png", description = "image/png (default) or image/jpeg.")
    String format;

    @Option(names = "--bbox", paramLabel = "W,S,E,N", description = "Area in longitude/latitude (default: the layer's).")
    String bbox;

    @Option(names = "--styles", defaultValue = "./styles", paramLabel = "DIR", description = "Styles folder.")
    Path styles;

    @Option(names = "--cache-dir", paramLabel = "DIR", description = "Tile cache folder (default <data dir>/tile-cache).")
    Path cacheDir;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        try {
            String[] z = zoom.split("-");
            int min = Integer.parseInt(z[0].trim());
            int max = Integer.parseInt(z[z.length - 1].trim());
            TileMatrixSet set = TileMatrixSet.byIdentifier(matrixSet).orElseThrow(() ->
                    new IllegalArgumentException("unknown matrix set \"" + matrixSet + "\""));
            Envelope area = bbox == null ? null : envelope(bbox);
            StoreConfig config = StoreConfig.fromEnvironment(System.getenv());
            MapProperties d = MapProperties.defaults();
            MapProperties p = new MapProperties(styles, d.maxWidth(), d.maxHeight(), d.renderTimeout(), 1, 1,
                    d.sldHosts(), cacheDir, d.tileCacheMemory(), d.tileBuffer(), d.tileMaxAge());
            try (SpatialStore store = SpatialStores.open(config);
                    MapServices services = MapServices.build(store, p, null, config.dataDir())) {
                TileSeeder.Result r = new TileSeeder(services.tiles()).seed(layer, style, set, min, max, area, format,
                        (level, rendered, skipped) -> out.printf("level %d: %d rendered, %d already cached%n", level,
                                rendered, skipped));
                out.printf("Seeded %s: %d tiles rendered, %d already cached%n", layer, r.rendered(), r.skipped());
                return 0;
            }
        } catch (OgcException | IllegalArgumentException e) {
            err.println("seed: " + e.getMessage());
            return 2;
        }
    }

    private static Envelope envelope(String text) {
        String[] p = text.split(",");
        if (p.length != 4) {
            throw new IllegalArgumentException("--bbox needs W,S,E,N, got \"" + text + "\"");
        }
        return new Envelope(Double.parseDouble(p[0]), Double.parseDouble(p[2]), Double.parseDouble(p[1]),
                Double.parseDouble(p[3]));
    }
}
