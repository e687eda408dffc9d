package org.ecocorridor.store.sql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.ecocorridor.core.feature.GeometryKind;
import org.junit.jupiter.api.Test;

class H2gisDialectTest {
    @Test
    void readsKindAndSridFromH2TypeNames() {
        assertThat(H2gisDialect.parse("geom", "GEOMETRY(MULTIPOLYGON, 4326)"))
                .contains(new GeometryColumn("geom", GeometryKind.MULTIPOLYGON, 4326));
        assertThat(H2gisDialect.parse("geom", "GEOMETRY(POINT)"))
                .contains(new GeometryColumn("geom", GeometryKind.POINT, 0));
        assertThat(H2gisDialect.parse("geom", "GEOMETRY")).contains(new GeometryColumn("geom", GeometryKind.GEOMETRY, 0));
        assertThat(H2gisDialect.parse("geom", "GEOMETRY(LINESTRING Z, 32652)"))
                .contains(new GeometryColumn("geom", GeometryKind.LINESTRING, 32652));
        assertThat(H2gisDialect.parse("name", "CHARACTER VARYING")).isEqualTo(Optional.empty());
    }

    @Test
    void bothDialectsDeclareTypedGeometryColumnsAndSpatialIndexes() {
        assertThat(SqlDialect.POSTGIS.geometryType(GeometryKind.MULTIPOLYGON, 4326)).isEqualTo("geometry(MultiPolygon,4326)");
        assertThat(SqlDialect.H2GIS.geometryType(GeometryKind.MULTIPOLYGON, 4326)).isEqualTo("GEOMETRY(MULTIPOLYGON, 4326)");
        assertThat(SqlDialect.POSTGIS.createSpatialIndex("t_gix", "t", "geom"))
                .isEqualTo("CREATE INDEX \"t_gix\" ON \"t\" USING GIST (\"geom\")");
        assertThat(SqlDialect.H2GIS.createSpatialIndex("t_gix", "t", "geom"))
                .isEqualTo("CREATE SPATIAL INDEX \"t_gix\" ON \"t\"(\"geom\")");
        assertThat(SqlDialect.POSTGIS.migrationLocation()).isEqualTo("classpath:db/migration/postgis");
    }
}
