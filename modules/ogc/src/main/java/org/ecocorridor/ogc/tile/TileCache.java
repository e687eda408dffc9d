package org.ecocorridor.ogc.tile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A two-level tile cache: an LRU map in memory bounded by total bytes, in front of an optional
 * folder on disk ({@code <root>/<layer>/<version>/<style>/<set>/<z>/<col>/<row>.<ext>}, written to a
 * temporary file then moved atomically, so readers never see half a tile). Keys carry the layer's
 * data and style version; the first tile written for a new version of a layer deletes the folders
 * of its older versions, so the disk does not fill with stale tiles.
 *
 * <p>Thread-safe: the memory map is guarded by its own lock; disk writes are atomic renames.
 */
public final class TileCache {
    private static final Logger LOG = LoggerFactory.getLogger(TileCache.class);
    private final long maxMemoryBytes;
    private final Path root;
    private final LinkedHashMap<TileKey, byte[]> memory = new LinkedHashMap<>(256, 0.75f, true);
    private final Set<String> currentVersions = ConcurrentHashMap.newKeySet();
    private long memoryBytes;

    /**
     * @param maxMemoryBytes memory budget (0 disables the memory level)
     * @param root           disk folder, or null for memory only
     */
    public TileCache(long maxMemoryBytes, Path root) {
        if (maxMemoryBytes < 0) {
            throw new IllegalArgumentException("maxMemoryBytes must be ≥ 0, got " + maxMemoryBytes);
        }
        this.maxMemoryBytes = maxMemoryBytes;
        this.root = root == null ? null : root.toAbsolutePath().normalize();
    }

    /** A cache that keeps nothing. */
    public static TileCache none() {
        return new TileCache(0, null);
    }

    /** The cached tile, from memory, else from disk (then promoted to memory). */
    public Optional<byte[]> get(TileKey key) {
        synchronized (memory) {
            byte[] hit = memory.get(key);
            if (hit != null) {
                return Optional.of(hit);
            }
        }
        if (root == null) {
            return Optional.empty();
        }
        Path file = path(key);
        try {
            if (Files.isRegularFile(file)) {
                byte[] bytes = Files.readAllBytes(file);
                remember(key, bytes);
                return Optional.of(bytes);
            }
        } catch (IOException e) {
            LOG.warn("Cannot read cached tile {}: {}", file, e.getMessage());
        }
        return Optional.empty();
    }

    /** Stores a tile in both levels. */
    public void put(TileKey key, byte[] bytes) {
        remember(key, bytes);
        if (root == null) {
            return;
        }
        Path file = path(key);
        try {
            if (currentVersions.add(key.layer() + "/" + key.version())) {
                purgeOtherVersions(key);
            }
            Files.createDirectories(file.getParent());
            Path tmp = Files.createTempFile(file.getParent(), ".tile", ".part");
            Files.write(tmp, bytes);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            LOG.warn("Cannot write cached tile {}: {}", file, e.getMessage());
        }
    }

    /** Whether a tile is cached on disk (seeding skips those). */
    public boolean onDisk(TileKey key) {
        return root != null && Files.isRegularFile(path(key));
    }

    /** Bytes held in memory now. */
    public long memoryBytes() {
        synchronized (memory) {
            return memoryBytes;
        }
    }

    private void remember(TileKey key, byte[] bytes) {
        if (bytes.length > maxMemoryBytes) {
            return;
        }
        synchronized (memory) {
            byte[] old = memory.put(key, bytes);
            memoryBytes += bytes.length - (old == null ? 0 : old.length);
            var it = memory.entrySet().iterator();
            while (memoryBytes > maxMemoryBytes && it.hasNext()) {
                Map.Entry<TileKey, byte[]> eldest = it.next();
                memoryBytes -= eldest.getValue().length;
                it.remove();
            }
        }
    }

    private Path path(TileKey k) {
        return root.resolve(k.layer()).resolve(k.version()).resolve(k.style()).resolve(k.matrixSet())
                .resolve(Integer.toString(k.z())).resolve(Long.toString(k.col()))
                .resolve(k.row() + "." + k.extension());
    }

    private void purgeOtherVersions(TileKey key) throws IOException {
        Path layerDir = root.resolve(key.layer());
        if (!Files.isDirectory(layerDir)) {
            return;
        }
        try (Stream<Path> versions = Files.list(layerDir)) {
            for (Path v : versions.filter(p -> !p.getFileName().toString().equals(key.version())).toList()) {
                try (Stream<Path> files = Files.walk(v)) {
                    for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                        Files.deleteIfExists(p);
                    }
                }
                LOG.info("Removed cached tiles of {} version {}", key.layer(), v.getFileName());
            }
        }
    }
}
