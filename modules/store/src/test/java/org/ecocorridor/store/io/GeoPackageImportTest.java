package org.ecocorridor.store.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import mil.nga.geopackage.BoundingBox;
import mil.nga.geopackage.GeoPackage;
import mil.nga.geopackage.GeoPackageManager;
import mil.nga.geopackage.db.GeoPackageDataType;
import mil.nga.geopackage.db.TableColumnKey;
import mil.nga.geopackage.features.columns.GeometryColumns;
import mil.nga.geopackage.features.user.FeatureColumn;
import mil.nga.geopackage.features.user.FeatureDao;
import mil.nga.geopackage.features.user.FeatureRow;
import mil.nga.geopackage.features.user.FeatureTableMetadata;
import mil.nga.geopackage.geom.GeoPackageGeometryData;
import mil.nga.geopackage.srs.SpatialReferenceSystem;
import mil.nga.sf.GeometryType;
import org.ecocorridor.core.feature.AttributeType;
import org.ecocorridor.core.feature.Feature;
import org.ecocorridor.core.feature.FeatureCursor;
import org.ecocorridor.core.feature.GeometryKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Point;

class GeoPackageImportTest {
    private static final double A = 6378137.0; // Web Mercator sphere radius = WGS 84 semi-major axis

    @TempDir
    Path dir;

    /** A GeoPackage made with NGA directly: table "pts" in EPSG:3857, a point and a bad row. */
    private Path mercatorPackage() throws Exception {
        Path file = dir.resolve("mercator.gpkg");
        GeoPackageManager.create(file.toFile());
        GeoPackage gp = GeoPackageManager.open(file.toFile(), true);
        try {
            SpatialReferenceSystem srs = gp.getSpatialReferenceSystemDao().getOrCreateCode("EPSG", 3857);
            GeometryColumns columns = new GeometryColumns();
            columns.setId(new TableColumnKey("pts", "geom"));
            columns.setGeometryType(GeometryType.POINT);
            columns.setZ((byte) 0);
            columns.setM((byte) 0);
            columns.setSrs(srs);
            gp.createFeatureTable(FeatureTableMetadata.create(columns, "fid",
                    List.of(FeatureColumn.createColumn("count", GeoPackageDataType.INTEGER),
                            FeatureColumn.createColumn("Site Name", GeoPackageDataType.TEXT),
                            FeatureColumn.createColumn("photo", GeoPackageDataType.BLOB)),
                    new BoundingBox(-2e7, -2e7, 2e7, 2e7)));
            FeatureDao dao = gp.getFeatureDao("pts");
            FeatureRow row = dao.newRow();
            row.setGeometry(GeoPackageGeometryData.createFromWkt(srs.getSrsId(), "POINT (14638000 5320000)"));
            row.setValue("count", 5L);
            row.setValue("Site Name", "Khasan");
            dao.insert(row);
            // SQLite does not enforce declared types: text lands in the INTEGER column.
            gp.execSQL("INSERT INTO pts (geom, count) VALUES (NULL, 'abc')");
        } finally {
            gp.close();
        }
        return file;
    }

    @Test
    void mercatorTableIsReprojectedAndTyped() throws Exception {
        try (VectorSource source = VectorReaders.open(mercatorPackage(), ReadOptions.defaults());
             FeatureCursor cursor = source.cursor()) {
            assertThat(source.format()).isEqualTo(VectorFormat.GEOPACKAGE);
            assertThat(source.schema().geometryKind()).isEqualTo(GeometryKind.POINT);
            assertThat(source.schema().attributes()).extracting(a -> a.name() + ":" + a.type())
                    .containsExactly("count:" + AttributeType.INTEGER, "site_name:" + AttributeType.STRING);
            assertThat(source.report().sourceEpsg()).isEqualTo(3857);
            assertThat(source.report().warnings()).containsExactly("Column \"photo\" holds binary data (BLOB); skipped");
            Feature first = cursor.next();
            Point p = (Point) first.geometry();
            // Inverse spherical Mercator: λ = x/a, φ = 2·atan(e^(y/a)) − π/2.
            assertThat(p.getX()).isCloseTo(Math.toDegrees(14_638_000.0 / A), within(1e-9));
            assertThat(p.getY()).isCloseTo(Math.toDegrees(2 * Math.atan(Math.exp(5_320_000.0 / A)) - Math.PI / 2), within(1e-9));
            assertThat(first.get("count")).isEqualTo(5L);
            assertThat(first.get("site_name")).isEqualTo("Khasan");
            assertThat(first.id()).isEqualTo("1");
            assertThatThrownBy(cursor::next).isInstanceOf(ImportException.Unchecked.class)
                    .hasMessage("mercator.gpkg: Row 2, column \"count\": expected integer, got \"abc\"");
        }
    }

    @Test
    void unknownTableListsTheTablesThere() throws Exception {
        Path file = mercatorPackage();
        assertThatThrownBy(() -> VectorReaders.open(file, ReadOptions.defaults().withLayerName("lakes")))
                .isInstanceOf(ImportException.class).hasMessage("mercator.gpkg: no feature table \"lakes\"; the GeoPackage holds [pts]");
    }

    @Test
    void nonGeoPackageIsRejected() throws Exception {
        Path file = IoFixtures.write(dir, "fake.gpkg", "not sqlite");
        assertThatThrownBy(() -> VectorReaders.open(file, ReadOptions.defaults())).isInstanceOf(ImportException.class)
                .hasMessageStartingWith("fake.gpkg: not a readable GeoPackage");
    }
}
