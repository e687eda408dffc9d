package org.ecocorridor.store.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.ecocorridor.core.crs.CoordinateTransforms;
import org.ecocorridor.core.crs.GeometryTransform;
import org.ecocorridor.core.feature.AttributeDescriptor;
import org.ecocorridor.core.feature.Feature;
import org.ecocorridor.core.feature.FeatureCursor;
import org.ecocorridor.core.feature.FeatureSchema;
import org.ecocorridor.core.feature.GeometryKind;
import org.ecocorridor.store.io.shapefile.DbfWriter;
import org.ecocorridor.store.io.shapefile.ShapeType;
import org.ecocorridor.store.io.shapefile.ShpWriter;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;

/**
 * Writes layers as zipped Shapefiles: for each layer {@code <name>.shp}, {@code .shx},
 * {@code .dbf}, {@code .cpg} (UTF-8) and {@code .prj} (the CRS as ESRI-style WKT 1, from Apache
 * SIS) in one zip, the form GeoServer's SHAPE-ZIP and our importer use.
 *
 * <p>Geometry kinds map to one shape type per file (Technical Description p. 4): POINT → Point,
 * MULTIPOINT → MultiPoint, LINESTRING and MULTILINESTRING → PolyLine, POLYGON and MULTIPOLYGON →
 * Polygon. A layer of mixed kind ({@link GeometryKind#GEOMETRY}) cannot be a Shapefile and is
 * refused before anything is written. The parts are built in a temporary folder next to the
 * target, zipped, and the folder removed whatever happens.
 *
 * <p>Thread-safe: stateless.
 */
final class ShapefileZipFeatureWriter {
    private ShapefileZipFeatureWriter() {
    }

    /**
     * @param keepCrs write geometries in each cursor's schema srid (else reprojected to EPSG:4326)
     * @return the number of features written
     * @throws IllegalArgumentException for a layer of mixed geometry kind
     */
    static long writeAll(Map<String, FeatureCursor> layers, Path file, boolean keepCrs) throws IOException {
        for (var layer : layers.entrySet()) {
            shapeType(layer.getValue().schema().geometryKind(), layer.getKey());
        }
        Path target = file.toAbsolutePath();
        Path folder = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".");
        Path temporary = target.resolveSibling("." + target.getFileName() + "." + UUID.randomUUID() + ".part");
        try {
            long count = 0;
            List<Path> parts = new ArrayList<>();
            for (var layer : layers.entrySet()) {
                count += writeLayer(layer.getValue(), folder.resolve(layer.getKey()), keepCrs);
                for (String ext : List.of(".shp", ".shx", ".dbf", ".cpg", ".prj")) {
                    Path part = folder.resolve(layer.getKey() + ext);
                    if (Files.exists(part)) {
                        parts.add(part);
                    }
                }
            }
            try (ZipOutputStream zip = new ZipOutputStream(new BufferedOutputStream(Files.newOutputStream(temporary),
                    1 << 16))) {
                for (Path part : parts) {
                    zip.putNextEntry(new ZipEntry(part.getFileName().toString()));
                    Files.copy(part, zip);
                    zip.closeEntry();
                }
            }
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return count;
        } finally {
            Files.deleteIfExists(temporary);
            deleteFolder(folder);
        }
    }

    private static long writeLayer(FeatureCursor cursor, Path base, boolean keepCrs) throws IOException {
        FeatureSchema schema = cursor.schema();
        ShapeType type = shapeType(schema.geometryKind(), base.getFileName().toString());
        GeometryTransform toLonLat = keepCrs ? null : ExportSupport.toLonLat(schema);
        int srid = keepCrs ? schema.srid() : 4326;
        if (srid > 0) {
            Files.writeString(base.resolveSibling(base.getFileName() + ".prj"), CoordinateTransforms.wkt1(srid, true),
                    java.nio.charset.StandardCharsets.US_ASCII);
        }
        List<AttributeDescriptor> attributes = schema.attributes();
        List<Object> values = new ArrayList<>(attributes.size());
        try (ShpWriter shp = new ShpWriter(base, type); DbfWriter dbf = new DbfWriter(base, attributes)) {
            while (cursor.hasNext()) {
                Feature f = cursor.next();
                Geometry g = ExportSupport.lonLat(f.geometry(), toLonLat);
                if (type == ShapeType.POINT && g != null && !(g instanceof Point)) {
                    throw new IllegalArgumentException("Feature " + f.id() + " of a point layer has a "
                            + g.getGeometryType());
                }
                shp.write(g);
                values.clear();
                for (AttributeDescriptor a : attributes) {
                    values.add(f.get(a.name()));
                }
                dbf.write(values);
            }
            return shp.records();
        }
    }

    static ShapeType shapeType(GeometryKind kind, String layer) {
        return switch (kind) {
            case POINT -> ShapeType.POINT;
            case MULTIPOINT -> ShapeType.MULTIPOINT;
            case LINESTRING, MULTILINESTRING -> ShapeType.POLYLINE;
            case POLYGON, MULTIPOLYGON -> ShapeType.POLYGON;
            case GEOMETRY -> throw new IllegalArgumentException("Layer " + layer
                    + " mixes geometry types; a Shapefile holds one (use GeoPackage or GeoJSON)");
        };
    }

    private static void deleteFolder(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
