package org.ecocorridor.store.io;

import java.io.IOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import mil.nga.geopackage.GeoPackageException;
import mil.nga.geopackage.features.user.FeatureDao;
import mil.nga.geopackage.features.user.FeatureResultSet;
import mil.nga.geopackage.geom.GeoPackageGeometryData;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;

/**
 * Streams the rows of one GeoPackage feature table through NGA's {@link FeatureResultSet} (a
 * forward JDBC result set over SQLite). Geometry: the GeoPackage binary header is stripped by
 * {@link GeoPackageGeometryData#getWkb()} and the WKB read by JTS {@link WKBReader}. Values are
 * read with {@link ResultSet#getObject(String)}, i.e. as SQLite stored them (SQLite does not enforce
 * declared types, so text in an INTEGER column reaches the converter and fails with its row and
 * column). Rows are numbered 1, 2, ... in table order; the feature id is the primary key.
 *
 * <p>Not thread-safe; one per pass.
 */
final class GeoPackageFeatureReader implements RawFeatureReader {
    private final String file;
    private final FeatureDao dao;
    private final List<String> columns;
    private final WKBReader wkb = new WKBReader();
    private FeatureResultSet rows;
    private long row;

    GeoPackageFeatureReader(String file, FeatureDao dao, List<String> columns) {
        this.file = file;
        this.dao = dao;
        this.columns = List.copyOf(columns);
    }

    @Override
    public RawFeature next() throws IOException, ImportException {
        try {
            if (rows == null) {
                rows = dao.queryForAll();
            }
            if (!rows.moveToNext()) {
                return null;
            }
            row++;
            ResultSet rs = rows.getResultSet();
            Map<String, Object> values = new LinkedHashMap<>();
            for (String column : columns) {
                values.put(column, rs.getObject(column));
            }
            return new RawFeature(row, Long.toString(rows.getId()), geometry(rows.getGeometry()), values);
        } catch (SQLException | GeoPackageException e) {
            throw ImportException.atRow(file, row, null, "cannot read the row: " + e.getMessage());
        }
    }

    private Geometry geometry(GeoPackageGeometryData data) throws IOException, ImportException {
        if (data == null || data.isEmpty()) {
            return null;
        }
        try {
            return wkb.read(data.getWkb());
        } catch (ParseException | IllegalArgumentException e) {
            throw ImportException.atRow(file, row, dao.getGeometryColumnName(),
                    "unreadable geometry: " + e.getMessage());
        }
    }

    @Override
    public void close() {
        if (rows != null) {
            rows.close();
        }
    }
}
