package org.ecocorridor.store.source;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.ecocorridor.core.feature.AttributeType;
import org.ecocorridor.core.filter.And;
import org.ecocorridor.core.filter.Between;
import org.ecocorridor.core.filter.Comparison;
import org.ecocorridor.core.filter.Constant;
import org.ecocorridor.core.filter.DistancePredicate;
import org.ecocorridor.core.filter.Filter;
import org.ecocorridor.core.filter.IsNull;
import org.ecocorridor.core.filter.Like;
import org.ecocorridor.core.filter.Not;
import org.ecocorridor.core.filter.Or;
import org.ecocorridor.core.filter.ResourceIds;
import org.ecocorridor.core.filter.SpatialPredicate;
import org.ecocorridor.core.filter.TemporalPredicate;
import org.ecocorridor.store.sql.ColumnInfo;
import org.ecocorridor.store.sql.Identifiers;

/**
 * Translates a bound {@link Filter} (see {@code FilterBinder}) into a SQL boolean expression over
 * one table, the same SQL on PostGIS 3 and H2GIS 2.2. Literal values are always bound parameters;
 * identifiers are attribute names already checked against the table's columns and then quoted by
 * {@link Identifiers#quote} (which accepts only {@code [a-z_][a-z0-9_]*}).
 *
 * <ul>
 *   <li>Comparisons: {@code col op ?}; case-insensitive text: {@code LOWER(col) op LOWER(?)}.</li>
 *   <li>Like: the client's wild cards become {@code %}/{@code _} with escape {@code \}; non-text
 *       columns are compared as {@code CAST(col AS VARCHAR)}.</li>
 *   <li>Spatial: {@code geom && g AND ST_<Op>(geom, g)} (the {@code &&} lets H2GIS use its R-tree;
 *       not for Disjoint), {@code g = ST_GeomFromWKB(?, srid)} transformed to the storage CRS.</li>
 *   <li>DWithin/Beyond: intersection with the ground buffer of the literal ({@link GroundBuffer}).</li>
 *   <li>Temporal: DATE columns are compared as {@code CAST(col AS TIMESTAMP)} with a UTC
 *       {@code LocalDateTime} (a date is its 00:00 UTC instant); TIMESTAMP WITH TIME ZONE columns
 *       with a UTC {@code OffsetDateTime}.</li>
 *   <li>ResourceId: {@code id IN (?, ...)}, ids converted to the id column's type; ids that cannot
 *       be (text for a numeric key) match nothing.</li>
 * </ul>
 *
 * <p>Not thread-safe; one per statement.
 */
final class FilterSql {
    private final TableMapping table;
    private final SpatialLiterals spatial;

    FilterSql(TableMapping table) {
        this.table = table;
        this.spatial = new SpatialLiterals(table.srid());
    }

    /** Appends the expression of {@code filter} to {@code sql}. */
    void append(Filter filter, SqlBuilder sql) {
        if (filter instanceof Constant c) {
            sql.append(c == Constant.INCLUDE ? "1 = 1" : "1 = 0");
        } else if (filter instanceof And a) {
            join(a.operands(), " AND ", sql);
        } else if (filter instanceof Or o) {
            join(o.operands(), " OR ", sql);
        } else if (filter instanceof Not n) {
            sql.append("NOT (");
            append(n.operand(), sql);
            sql.append(")");
        } else if (filter instanceof Comparison c) {
            comparison(c, sql);
        } else if (filter instanceof Between b) {
            sql.append(column(b.property())).append(" BETWEEN ").parameter(b.lower()).append(" AND ")
                    .parameter(b.upper());
        } else if (filter instanceof Like l) {
            like(l, sql);
        } else if (filter instanceof IsNull n) {
            sql.append(column(n.property())).append(" IS NULL");
        } else if (filter instanceof SpatialPredicate s) {
            spatial.predicate(s.operator(), geometryColumn(s.property()), s.geometry(), sql);
        } else if (filter instanceof DistancePredicate d) {
            spatial.distance(d, geometryColumn(d.property()), sql);
        } else if (filter instanceof TemporalPredicate t) {
            temporal(t, sql);
        } else if (filter instanceof ResourceIds r) {
            resourceIds(r, sql);
        } else {
            throw new IllegalArgumentException("Unsupported filter " + filter);
        }
    }

    private void join(List<Filter> operands, String operator, SqlBuilder sql) {
        sql.append("(");
        for (int i = 0; i < operands.size(); i++) {
            if (i > 0) {
                sql.append(operator);
            }
            append(operands.get(i), sql);
        }
        sql.append(")");
    }

    private void comparison(Comparison c, SqlBuilder sql) {
        String op = switch (c.operator()) {
            case EQUAL_TO -> " = ";
            case NOT_EQUAL_TO -> " <> ";
            case LESS_THAN -> " < ";
            case LESS_THAN_OR_EQUAL_TO -> " <= ";
            case GREATER_THAN -> " > ";
            case GREATER_THAN_OR_EQUAL_TO -> " >= ";
        };
        if (!c.matchCase() && c.value() instanceof String) {
            sql.append("LOWER(").append(column(c.property())).append(")").append(op).append("LOWER(")
                    .parameter(c.value()).append(")");
        } else {
            sql.append(column(c.property())).append(op).parameter(c.value());
        }
    }

    private void like(Like l, SqlBuilder sql) {
        ColumnInfo col = table.column(l.property()).orElseThrow();
        String target = col.attributeType().orElseThrow() == AttributeType.STRING ? column(l.property())
                : "CAST(" + column(l.property()) + " AS VARCHAR)";
        String pattern = sqlPattern(l);
        if (l.matchCase()) {
            sql.append(target).append(" LIKE ").parameter(pattern);
        } else {
            sql.append("LOWER(").append(target).append(") LIKE LOWER(").parameter(pattern).append(")");
        }
        sql.append(" ESCAPE '\\'");
    }

    /** The FES pattern in SQL syntax: wild cards to % and _, SQL's own specials escaped with \. */
    static String sqlPattern(Like l) {
        StringBuilder out = new StringBuilder();
        String p = l.pattern();
        for (int i = 0; i < p.length(); i++) {
            char ch = p.charAt(i);
            if (ch == l.escapeChar() && i + 1 < p.length()) {
                literalChar(p.charAt(++i), out);
            } else if (ch == l.wildCard()) {
                out.append('%');
            } else if (ch == l.singleChar()) {
                out.append('_');
            } else {
                literalChar(ch, out);
            }
        }
        return out.toString();
    }

    private static void literalChar(char ch, StringBuilder out) {
        if (ch == '%' || ch == '_' || ch == '\\') {
            out.append('\\');
        }
        out.append(ch);
    }

    private void temporal(TemporalPredicate t, SqlBuilder sql) {
        ColumnInfo col = table.column(t.property()).orElseThrow();
        boolean date = col.attributeType().orElseThrow() == AttributeType.DATE;
        String c = date || !col.hasTimeZone() ? "CAST(" + column(t.property()) + " AS TIMESTAMP)" : column(t.property());
        boolean zoned = !date && col.hasTimeZone();
        switch (t.operator()) {
            case AFTER -> sql.append(c).append(" > ").parameter(time(t.time().end(), zoned));
            case BEFORE -> sql.append(c).append(" < ").parameter(time(t.time().begin(), zoned));
            case DURING -> sql.append("(").append(c).append(" > ").parameter(time(t.time().begin(), zoned))
                    .append(" AND ").append(c).append(" < ").parameter(time(t.time().end(), zoned)).append(")");
            case TEQUALS -> {
                if (t.time().isInstant()) {
                    sql.append(c).append(" = ").parameter(time(t.time().begin(), zoned));
                } else {
                    sql.append("1 = 0");
                }
            }
        }
    }

    private static Object time(Instant t, boolean zoned) {
        return zoned ? OffsetDateTime.ofInstant(t, ZoneOffset.UTC) : LocalDateTime.ofInstant(t, ZoneOffset.UTC);
    }

    private void resourceIds(ResourceIds r, SqlBuilder sql) {
        List<Object> ids = new ArrayList<>();
        for (String id : r.ids()) {
            if (table.idType() == AttributeType.INTEGER) {
                if (id.matches("-?\\d{1,18}")) {
                    ids.add(Long.valueOf(id));
                }
            } else {
                ids.add(id);
            }
        }
        if (ids.isEmpty()) {
            sql.append("1 = 0");
            return;
        }
        sql.append(Identifiers.quote(table.idColumn())).append(" IN (");
        for (int i = 0; i < ids.size(); i++) {
            if (i > 0) {
                sql.append(", ");
            }
            sql.parameter(ids.get(i));
        }
        sql.append(")");
    }

    private String column(String property) {
        if (property.equals(table.geometryColumn())) {
            return Identifiers.quote(property);
        }
        table.column(property).orElseThrow(() -> new IllegalArgumentException(
                "Unbound filter: no column \"" + property + "\" in " + table.table()));
        return Identifiers.quote(property);
    }

    private String geometryColumn(String property) {
        return Identifiers.quote(property == null ? table.geometryColumn() : property);
    }
}
