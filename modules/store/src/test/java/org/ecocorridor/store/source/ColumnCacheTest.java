package org.ecocorridor.store.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import org.ecocorridor.core.catalog.LayerInfo;
import org.ecocorridor.core.catalog.LayerKind;
import org.ecocorridor.store.catalog.CatalogEntry;
import org.ecocorridor.store.catalog.LayerStorage;
import org.ecocorridor.store.sql.ColumnInfo;
import org.junit.jupiter.api.Test;

class ColumnCacheTest {
    private static CatalogEntry entry(Instant updatedAt) {
        return CatalogEntry.of(new LayerInfo("sites", "Sites", null, List.of(), LayerKind.VECTOR, null, null, null, 0,
                false, false, updatedAt), LayerStorage.vector("sites"));
    }

    private static List<String> names(List<ColumnInfo> columns) {
        return columns.stream().map(ColumnInfo::name).toList();
    }

    @Test
    void columnsAreReadAgainOnlyWhenTheLayerVersionChanges() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:h2:mem:column_cache;DATABASE_TO_LOWER=TRUE");
             Statement s = c.createStatement()) {
            s.execute("CREATE TABLE sites (id INTEGER PRIMARY KEY, name VARCHAR(20))");
            ColumnCache cache = new ColumnCache();
            Instant v1 = Instant.parse("2026-01-01T00:00:00Z");
            assertThat(names(cache.columns(c, entry(v1)))).containsExactly("id", "name");
            s.execute("ALTER TABLE sites ADD COLUMN count INTEGER");
            // same version: the cached list, without asking the database
            assertThat(names(cache.columns(c, entry(v1)))).containsExactly("id", "name");
            // a new version (an import or edit changes updatedAt): read again
            assertThat(names(cache.columns(c, entry(v1.plusSeconds(1))))).containsExactly("id", "name", "count");
            // no version: never cached
            s.execute("ALTER TABLE sites ADD COLUMN score DOUBLE PRECISION");
            assertThat(names(cache.columns(c, entry(null)))).containsExactly("id", "name", "count", "score");
        }
    }
}
