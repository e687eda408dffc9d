package org.ecocorridor.store.source;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.ecocorridor.core.catalog.LayerInfo;
import org.ecocorridor.core.catalog.LayerKind;
import org.ecocorridor.core.feature.FeatureCursor;
import org.ecocorridor.core.feature.FeatureSchema;
import org.ecocorridor.core.filter.Filter;
import org.ecocorridor.core.filter.FilterBinder;
import org.ecocorridor.core.filter.InvalidFilterException;
import org.ecocorridor.core.filter.InvalidFilterException.Reason;
import org.ecocorridor.core.source.FeatureReader;
import org.ecocorridor.core.source.FeatureSource;
import org.ecocorridor.core.source.FeatureType;
import org.ecocorridor.core.source.SortKey;
import org.ecocorridor.core.source.SourceQuery;
import org.ecocorridor.store.StoreException;
import org.ecocorridor.store.catalog.CatalogEntry;
import org.ecocorridor.store.catalog.LayerCatalog;
import org.ecocorridor.store.feature.JdbcFeatureCursor;
import org.ecocorridor.store.sql.ColumnInfo;
import org.ecocorridor.store.sql.Identifiers;
import org.ecocorridor.store.sql.SqlDialect;
import org.ecocorridor.store.sql.Transactions;

/**
 * {@link FeatureSource} over the catalog's vector layers on PostGIS or H2GIS. Each query is one
 * SQL statement: {@code SELECT id, ST_AsBinary(geom), attributes FROM table WHERE <filter>
 * ORDER BY <sort keys> NULLS LAST|FIRST, id OFFSET ? ROWS FETCH FIRST ? ROWS ONLY}, with the filter
 * from {@link FilterSql} (bound parameters only), streamed with a fetch size of
 * {@value #FETCH_SIZE} (on PostgreSQL inside a read transaction, so that a server-side cursor is
 * used, unless the page fits in one fetch): memory stays flat whatever the result size. The catalog
 * is read on every call, so new layers appear at once; the tables' column metadata is cached per
 * layer version ({@link ColumnCache}). A {@link #reader()} reads each type's catalog row once and
 * runs the count and the select of one request on one connection ({@link SharedConnectionReader}).
 *
 * <p>Ascending sorts put NULLs last and descending ones first (PostgreSQL's default) on both
 * stores, so pages agree.
 *
 * <p>Thread-safe; each cursor holds one pooled connection until closed.
 */
public final class DatabaseFeatureSource implements FeatureSource {
    static final int FETCH_SIZE = 1_000;

    private final DataSource dataSource;
    private final SqlDialect dialect;
    private final LayerCatalog catalog;
    private final ColumnCache columns = new ColumnCache();

    public DatabaseFeatureSource(DataSource dataSource, SqlDialect dialect, LayerCatalog catalog) {
        this.dataSource = dataSource;
        this.dialect = dialect;
        this.catalog = catalog;
    }

    @Override
    public List<LayerInfo> layers() {
        return catalog.list().stream().map(CatalogEntry::info).filter(i -> i.kind() == LayerKind.VECTOR).toList();
    }

    @Override
    public Optional<FeatureType> featureType(String name) {
        return Transactions.withConnection(dataSource, "Describing " + name,
                c -> mapping(c, name).map(TableMapping::type));
    }

    @Override
    public FeatureCursor open(SourceQuery query) {
        Connection c = null;
        boolean autoCommitChanged = false;
        try {
            c = dataSource.getConnection();
            TableMapping table = require(c, query.typeName());
            autoCommitChanged = prepareRead(c, query);
            return cursor(c, table, query, c, autoCommitChanged);
        } catch (SQLException | RuntimeException e) {
            closeAfterFailure(c, autoCommitChanged, e);
            if (e instanceof SQLException sqlFailure) {
                throw new StoreException("Reading " + query.typeName() + " failed: " + e.getMessage(), sqlFailure);
            }
            throw (RuntimeException) e;
        }
    }

    @Override
    public long count(String typeName, Filter filter) {
        return Transactions.withConnection(dataSource, "Counting features of " + typeName,
                c -> count(c, require(c, typeName), filter));
    }

    /** Resolves each type once and runs every statement on one connection, taken at the first call. */
    @Override
    public FeatureReader reader() {
        return new SharedConnectionReader(this, dataSource);
    }

    /**
     * Starts the read transaction a query needs on {@code c}: PostgreSQL streams with a server-side
     * cursor only inside a transaction. A page of at most {@value #FETCH_SIZE} rows (a small BBOX
     * query, whose page is its match count) comes back in one fetch anyway, so it runs in
     * auto-commit and saves the transaction's round trips (the {@code ROLLBACK} at the end).
     *
     * @return whether auto-commit was switched off (and must be restored)
     */
    boolean prepareRead(Connection c, SourceQuery query) throws SQLException {
        boolean onePage = query.isLimited() && query.maxFeatures() <= FETCH_SIZE;
        if (onePage || !c.getAutoCommit()) {
            return false;
        }
        dialect.prepareStreamingRead(c);
        return !c.getAutoCommit();
    }

    /**
     * Runs the SELECT of {@code query} on {@code c}.
     *
     * @param owned             the connection the cursor closes, or null when the caller keeps it
     * @param restoreAutoCommit whether closing the cursor ends the read transaction
     */
    JdbcFeatureCursor cursor(Connection c, TableMapping table, SourceQuery query, Connection owned,
            boolean restoreAutoCommit) throws SQLException {
        List<ColumnInfo> selected = selectedColumns(table, query.propertyNames());
        Filter filter = FilterBinder.bind(query.filter(), table.type());
        SqlBuilder sql = select(table, selected, filter, query);
        PreparedStatement ps = c.prepareStatement(sql.sql());
        try {
            ps.setFetchSize(FETCH_SIZE);
            int next = sql.bind(ps, 1);
            if (query.startIndex() > 0 || query.isLimited()) {
                ps.setLong(next++, query.startIndex());
                ps.setLong(next, query.maxFeatures());
            }
            FeatureSchema schema = new FeatureSchema(table.type().schema().geometryKind(), table.srid(),
                    selected.stream().map(col -> table.type().schema().attribute(col.name()).orElseThrow()).toList());
            return new JdbcFeatureCursor(owned, restoreAutoCommit, ps, schema, selected);
        } catch (SQLException | RuntimeException e) {
            try {
                ps.close();
            } catch (SQLException closing) {
                e.addSuppressed(closing);
            }
            throw e;
        }
    }

    /** {@code SELECT COUNT(*)} of a filter over a resolved table, on {@code c}. */
    static long count(Connection c, TableMapping table, Filter filter) throws SQLException {
        SqlBuilder sql = new SqlBuilder().append("SELECT COUNT(*) FROM ").append(Identifiers.quote(table.table()))
                .append(" WHERE ");
        new FilterSql(table).append(FilterBinder.bind(filter, table.type()), sql);
        try (PreparedStatement ps = c.prepareStatement(sql.sql())) {
            sql.bind(ps, 1);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** The mapping of a vector layer, from its catalog row read through {@code c}; empty when there is none. */
    Optional<TableMapping> mapping(Connection c, String name) throws SQLException {
        if (!Identifiers.isValid(name)) {
            return Optional.empty();
        }
        Optional<CatalogEntry> entry = catalog.get(c, name);
        if (entry.isEmpty() || entry.get().info().kind() != LayerKind.VECTOR) {
            return Optional.empty();
        }
        return Optional.of(TableMappings.of(entry.get(), columns.columns(c, entry.get())));
    }

    private TableMapping require(Connection c, String name) throws SQLException {
        return mapping(c, name).orElseThrow(() ->
                new IllegalArgumentException("No feature type named \"" + name + "\""));
    }

    private static List<ColumnInfo> selectedColumns(TableMapping table, List<String> names) {
        if (names == null) {
            return table.columns();
        }
        for (String n : names) {
            if (table.column(n).isEmpty() && !n.equals(table.geometryColumn())) {
                throw new InvalidFilterException(Reason.UNKNOWN_PROPERTY, n,
                        "Unknown property \"" + n + "\" for feature type " + table.type().name());
            }
        }
        return table.columns().stream().filter(col -> names.contains(col.name())).toList();
    }

    private static SqlBuilder select(TableMapping table, List<ColumnInfo> columns, Filter filter, SourceQuery q) {
        SqlBuilder sql = new SqlBuilder().append("SELECT ").append(Identifiers.quote(table.idColumn()))
                .append(", ST_AsBinary(").append(Identifiers.quote(table.geometryColumn())).append(")");
        for (ColumnInfo col : columns) {
            sql.append(", ").append(Identifiers.quote(col.name()));
        }
        sql.append(" FROM ").append(Identifiers.quote(table.table()));
        if (filter != Filter.INCLUDE) {
            sql.append(" WHERE ");
            new FilterSql(table).append(filter, sql);
        }
        sql.append(" ORDER BY ");
        for (SortKey key : q.sortBy()) {
            sql.append(sortColumn(table, key.property())).append(key.ascending() ? " ASC NULLS LAST, " : " DESC NULLS FIRST, ");
        }
        sql.append(Identifiers.quote(table.idColumn()));
        if (q.startIndex() > 0 || q.isLimited()) {
            sql.append(" OFFSET ? ROWS FETCH FIRST ? ROWS ONLY");
        }
        return sql;
    }

    private static String sortColumn(TableMapping table, String property) {
        if (table.column(property).isEmpty()) {
            throw new InvalidFilterException(Reason.UNKNOWN_PROPERTY, property,
                    "Cannot sort " + table.type().name() + " by unknown or geometry property \"" + property + "\"");
        }
        return Identifiers.quote(property);
    }

    private static void closeAfterFailure(Connection c, boolean autoCommitChanged, Exception failure) {
        if (c == null) {
            return;
        }
        try (c) {
            if (autoCommitChanged) {
                Transactions.rollbackQuietly(c, failure);
                c.setAutoCommit(true);
            }
        } catch (SQLException closing) {
            failure.addSuppressed(closing);
        }
    }
}
