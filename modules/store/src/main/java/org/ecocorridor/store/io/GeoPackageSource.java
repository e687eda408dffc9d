package org.ecocorridor.store.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import mil.nga.geopackage.GeoPackage;
import mil.nga.geopackage.GeoPackageException;
import mil.nga.geopackage.GeoPackageManager;
import mil.nga.geopackage.db.GeoPackageDataType;
import mil.nga.geopackage.features.user.FeatureColumn;
import mil.nga.geopackage.features.user.FeatureDao;
import mil.nga.geopackage.srs.SpatialReferenceSystem;
import org.ecocorridor.core.crs.CoordinateTransforms;
import org.ecocorridor.core.feature.AttributeDescriptor;
import org.ecocorridor.core.feature.AttributeType;
import org.ecocorridor.core.feature.FeatureSchema;
import org.ecocorridor.core.feature.GeometryKind;

/**
 * Opens a GeoPackage feature table with NGA's {@code geopackage} library, read-only.
 *
 * <p>The table is {@link ReadOptions#layerName()} or the first feature table. The schema comes from
 * the table's columns (primary key and geometry column excluded; BLOB columns skipped with a
 * warning): BOOLEAN; TINYINT to INTEGER as INTEGER; FLOAT, DOUBLE, REAL as DOUBLE; DATE; DATETIME
 * as TIMESTAMP; TEXT and anything else as STRING. The geometry kind is the one declared in
 * {@code gpkg_geometry_columns} (curve types as GEOMETRY). The CRS is the table's
 * {@code gpkg_spatial_ref_sys} row: organisation EPSG gives the code; srs_id −1 and 0 (undefined
 * Cartesian and geographic, GeoPackage 1.3 §1.1.2.1.2) count as undeclared; another organisation is
 * identified from its WKT definition.
 *
 * <p>Thread-safe: stateless; the source it returns is not.
 */
final class GeoPackageSource {
    private GeoPackageSource() {
    }

    static VectorSource open(Path path, String file, ReadOptions options) throws ImportException {
        GeoPackage geoPackage;
        try {
            geoPackage = GeoPackageManager.open(path.toFile(), false);
        } catch (GeoPackageException e) {
            throw new ImportException(file, "not a readable GeoPackage: " + e.getMessage(), e);
        }
        boolean ok = false;
        try {
            VectorSource source = open(geoPackage, file, options);
            ok = true;
            return source;
        } catch (GeoPackageException e) {
            throw new ImportException(file, "cannot read the GeoPackage: " + e.getMessage(), e);
        } finally {
            if (!ok) {
                geoPackage.close();
            }
        }
    }

    private static VectorSource open(GeoPackage geoPackage, String file, ReadOptions options) throws ImportException {
        ReportBuilder report = new ReportBuilder(file, VectorFormat.GEOPACKAGE);
        List<String> tables = geoPackage.getFeatureTables();
        if (tables.isEmpty()) {
            throw new ImportException(file, "the GeoPackage has no feature table");
        }
        String table = options.layerName() == null ? tables.get(0) : tables.stream()
                .filter(t -> t.equalsIgnoreCase(options.layerName())).findFirst()
                .orElseThrow(() -> new ImportException(file, "no feature table \"" + options.layerName()
                        + "\"; the GeoPackage holds " + tables));
        if (options.layerName() == null && tables.size() > 1) {
            report.warn("The GeoPackage holds " + tables.size() + " feature tables " + tables + "; reading " + table
                    + " (choose with the layer name)");
        }
        FeatureDao dao = geoPackage.getFeatureDao(table);
        AttributeNames names = new AttributeNames();
        List<AttributeDescriptor> attributes = new ArrayList<>();
        List<String> columns = new ArrayList<>();
        for (FeatureColumn column : dao.getTable().getColumns()) {
            if (column.isPrimaryKey() || column.isGeometry()) {
                continue;
            }
            if (column.getDataType() == GeoPackageDataType.BLOB) {
                report.warn("Column \"" + column.getName() + "\" holds binary data (BLOB); skipped");
                continue;
            }
            columns.add(column.getName());
            String name = names.allocate(column.getName());
            attributes.add(new AttributeDescriptor(name, typeOf(column.getDataType()), true));
        }
        FeatureSchema schema = options.targetSchema() != null ? options.targetSchema()
                : new FeatureSchema(kindOf(dao), 4326, attributes);
        var binder = DeclaredColumns.bind(names.mapping(), schema, report);
        int epsg = SourceCrs.settle(declaredEpsg(dao.getSrs(), file, options), options.sourceEpsg(), report);
        FeatureNormalizer normalizer = new FeatureNormalizer(file, schema, binder,
                new GeometryGate(options.geometryPolicy()), SourceCrs.toLonLat(epsg, file), false, report);
        RawFeatureReader.Opener opener = () -> new GeoPackageFeatureReader(file, dao, columns);
        return new FileVectorSource(VectorFormat.GEOPACKAGE, report, opener, normalizer, geoPackage);
    }

    private static OptionalInt declaredEpsg(SpatialReferenceSystem srs, String file, ReadOptions options)
            throws ImportException {
        if (srs == null || srs.getSrsId() == -1 || srs.getSrsId() == 0
                || "NONE".equalsIgnoreCase(srs.getOrganization())) {
            return OptionalInt.empty();
        }
        if ("EPSG".equalsIgnoreCase(srs.getOrganization())) {
            return OptionalInt.of((int) srs.getOrganizationCoordsysId());
        }
        OptionalInt fromWkt = srs.getDefinition() == null ? OptionalInt.empty()
                : CoordinateTransforms.epsgOfWkt(srs.getDefinition());
        if (fromWkt.isEmpty() && options.sourceEpsg() == null) {
            throw new ImportException(file, "the CRS " + srs.getOrganization() + ":" + srs.getOrganizationCoordsysId()
                    + " (" + srs.getSrsName() + ") matches no EPSG code; give the EPSG code explicitly");
        }
        return fromWkt;
    }

    private static GeometryKind kindOf(FeatureDao dao) {
        var type = dao.getGeometryType();
        if (type == null) {
            return GeometryKind.GEOMETRY;
        }
        return switch (type.name().toUpperCase(Locale.ROOT)) {
            case "POINT", "LINESTRING", "POLYGON", "MULTIPOINT", "MULTILINESTRING", "MULTIPOLYGON" ->
                    GeometryKind.of(type.name());
            default -> GeometryKind.GEOMETRY;
        };
    }

    private static AttributeType typeOf(GeoPackageDataType type) {
        if (type == null) {
            return AttributeType.STRING;
        }
        return switch (type) {
            case BOOLEAN -> AttributeType.BOOLEAN;
            case TINYINT, SMALLINT, MEDIUMINT, INT, INTEGER -> AttributeType.INTEGER;
            case FLOAT, DOUBLE, REAL -> AttributeType.DOUBLE;
            case DATE -> AttributeType.DATE;
            case DATETIME -> AttributeType.TIMESTAMP;
            default -> AttributeType.STRING;
        };
    }
}
