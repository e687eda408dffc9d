package org.ecocorridor.store.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.ecocorridor.core.crs.CoordinateTransforms;
import org.ecocorridor.core.feature.AttributeDescriptor;
import org.ecocorridor.core.feature.FeatureSchema;
import org.ecocorridor.store.io.shapefile.DbfCharsets;
import org.ecocorridor.store.io.shapefile.DbfField;
import org.ecocorridor.store.io.shapefile.DbfReader;
import org.ecocorridor.store.io.shapefile.ShapeType;
import org.ecocorridor.store.io.shapefile.ShapefileFormatException;
import org.ecocorridor.store.io.shapefile.ShpReader;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * Opens a zipped ESRI Shapefile with the hand-written readers of {@code io.shapefile} (no library
 * on Maven Central reads Shapefiles without GeoTools, which is not on Maven Central).
 *
 * <p>The zip is read in place through {@link ZipFile} entry streams, never extracted. The
 * {@code .shp} is the one named by {@link ReadOptions#layerName()} or the first by name (with a
 * warning when there are several); its {@code .dbf}, {@code .prj} and {@code .cpg} are the entries
 * with the same path and base name, extensions in any case. The schema comes from the headers
 * (shape type and dBASE fields), so there is no first pass. The {@code .prj} is identified with
 * {@link CoordinateTransforms#epsgOfWkt}; a {@code .prj} that matches no EPSG code fails the
 * import unless {@link ReadOptions#sourceEpsg()} is given. Records flagged deleted in the
 * {@code .dbf} are skipped with their shapes.
 *
 * <p>Thread-safe: stateless; the source it returns is not.
 */
final class ShapefileZipSource {
    private ShapefileZipSource() {
    }

    static VectorSource open(Path path, String file, ReadOptions options) throws IOException, ImportException {
        ZipFile zip;
        try {
            zip = new ZipFile(path.toFile(), StandardCharsets.UTF_8);
        } catch (ZipException e) {
            throw new ImportException(file, "not a readable zip file: " + e.getMessage(), e);
        }
        boolean ok = false;
        try {
            VectorSource source = open(zip, file, options);
            ok = true;
            return source;
        } catch (IllegalArgumentException e) { // java.util.zip: an entry name that is not valid UTF-8
            throw new ImportException(file, "the zip's file names are not valid UTF-8 (" + e.getMessage()
                    + "); re-create the zip with UTF-8 names", e);
        } finally {
            if (!ok) {
                zip.close();
            }
        }
    }

    private static VectorSource open(ZipFile zip, String file, ReadOptions options)
            throws IOException, ImportException {
        ReportBuilder report = new ReportBuilder(file, VectorFormat.SHAPEFILE_ZIP);
        ZipEntry shp = chooseShp(zip, file, options.layerName(), report);
        String base = shp.getName().substring(0, shp.getName().length() - 4);
        ZipEntry dbf = sibling(zip, base, ".dbf").orElse(null);
        Charset charset = sibling(zip, base, ".cpg").map(e -> cpgCharset(zip, e, report)).orElse(null);
        OptionalInt declared = declaredEpsg(zip, base, file, options);
        GeometryFactory factory = new GeometryFactory();
        try {
            List<DbfField> fields = dbf == null ? List.of() : dbfFields(zip, dbf, charset);
            if (dbf == null) {
                report.warn("No .dbf next to " + shp.getName() + "; the layer has no attributes");
            }
            AttributeNames names = new AttributeNames();
            List<AttributeDescriptor> attributes = new ArrayList<>();
            for (DbfField f : fields) {
                attributes.add(new AttributeDescriptor(names.allocate(f.name()), f.attributeType(), true));
            }
            FeatureSchema schema = options.targetSchema() != null ? options.targetSchema()
                    : new FeatureSchema(shapeType(zip, shp, factory).layerKind(), 4326, attributes);
            var binder = DeclaredColumns.bind(names.mapping(), schema, report);
            int epsg = SourceCrs.settle(declared, options.sourceEpsg(), report);
            FeatureNormalizer normalizer = new FeatureNormalizer(file, schema, binder,
                    new GeometryGate(options.geometryPolicy()), SourceCrs.toLonLat(epsg, file), false, report);
            RawFeatureReader.Opener opener = () -> new ShapefileFeatureReader(file,
                    new ShpReader(zip.getInputStream(shp), factory),
                    dbf == null ? null : new DbfReader(zip.getInputStream(dbf), charset), fields, report);
            return new FileVectorSource(VectorFormat.SHAPEFILE_ZIP, report, opener, normalizer, zip);
        } catch (ShapefileFormatException e) {
            throw new ImportException(file, e.getMessage(), e);
        }
    }

    private static OptionalInt declaredEpsg(ZipFile zip, String base, String file, ReadOptions options)
            throws IOException, ImportException {
        Optional<ZipEntry> prj = sibling(zip, base, ".prj");
        if (prj.isEmpty()) {
            return OptionalInt.empty();
        }
        String wkt = text(zip, prj.get()).trim();
        OptionalInt declared = CoordinateTransforms.epsgOfWkt(wkt);
        if (declared.isEmpty() && options.sourceEpsg() == null) {
            throw new ImportException(file, "the .prj does not match any EPSG CRS; give the EPSG code explicitly ("
                    + wkt.substring(0, Math.min(80, wkt.length())) + "...)");
        }
        return declared;
    }

    private static ShapeType shapeType(ZipFile zip, ZipEntry shp, GeometryFactory factory) throws IOException {
        try (ShpReader header = new ShpReader(zip.getInputStream(shp), factory)) {
            return header.shapeType();
        }
    }

    private static ZipEntry chooseShp(ZipFile zip, String file, String layerName, ReportBuilder report)
            throws ImportException {
        List<ZipEntry> shps = zip.stream().map(e -> (ZipEntry) e)
                .filter(e -> !e.isDirectory() && lower(e.getName()).endsWith(".shp"))
                .filter(e -> !e.getName().startsWith("__MACOSX/"))
                .sorted(Comparator.comparing(ZipEntry::getName)).toList();
        if (shps.isEmpty()) {
            throw new ImportException(file, "the zip holds no .shp file");
        }
        if (layerName != null) {
            return shps.stream().filter(e -> baseName(e).equalsIgnoreCase(layerName)).findFirst()
                    .orElseThrow(() -> new ImportException(file, "no shapefile \"" + layerName
                            + "\" in the zip; it holds " + baseNames(shps)));
        }
        if (shps.size() > 1) {
            report.warn("The zip holds " + shps.size() + " shapefiles " + baseNames(shps) + "; reading "
                    + baseName(shps.get(0)) + " (choose with the layer name)");
        }
        return shps.get(0);
    }

    private static List<DbfField> dbfFields(ZipFile zip, ZipEntry dbf, Charset charset) throws IOException {
        try (DbfReader reader = new DbfReader(zip.getInputStream(dbf), charset)) {
            return reader.fields();
        }
    }

    private static Charset cpgCharset(ZipFile zip, ZipEntry cpg, ReportBuilder report) {
        try {
            String name = text(zip, cpg).trim();
            Optional<Charset> charset = DbfCharsets.fromCpg(name);
            if (charset.isEmpty()) {
                report.warn("Unknown code page \"" + name + "\" in the .cpg; reading text as UTF-8"
                        + " (ISO-8859-1 fallback)");
            }
            return charset.orElse(null);
        } catch (IOException e) {
            report.warn("Cannot read the .cpg (" + e.getMessage() + "); reading text as UTF-8"
                    + " (ISO-8859-1 fallback)");
            return null;
        }
    }

    private static Optional<ZipEntry> sibling(ZipFile zip, String base, String extension) {
        String wanted = lower(base + extension);
        return zip.stream().filter(e -> lower(e.getName()).equals(wanted)).findFirst().map(e -> (ZipEntry) e);
    }

    private static String text(ZipFile zip, ZipEntry entry) throws IOException {
        try (InputStream in = zip.getInputStream(entry)) {
            byte[] bytes = in.readNBytes(1 << 16);
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    private static List<String> baseNames(List<ZipEntry> entries) {
        return entries.stream().map(ShapefileZipSource::baseName).toList();
    }

    private static String baseName(ZipEntry entry) {
        String name = entry.getName();
        String last = name.substring(name.lastIndexOf('/') + 1);
        return last.substring(0, last.length() - 4);
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
