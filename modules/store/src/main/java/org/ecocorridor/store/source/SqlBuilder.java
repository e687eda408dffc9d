package org.ecocorridor.store.source;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * SQL text plus its parameters, in order. Values never enter the text: each is a {@code ?} bound
 * with the JDBC setter of its Java type (String, Long, Double, Boolean, LocalDate, LocalDateTime,
 * OffsetDateTime, Instant as UTC OffsetDateTime, byte[] for WKB).
 *
 * <p>Not thread-safe; one per statement.
 */
final class SqlBuilder {
    private final StringBuilder sql = new StringBuilder();
    private final List<Object> parameters = new ArrayList<>();

    SqlBuilder append(String text) {
        sql.append(text);
        return this;
    }

    /** Appends a {@code ?} and records its value. */
    SqlBuilder parameter(Object value) {
        if (value == null) {
            throw new IllegalArgumentException("SQL parameter is null; use IS NULL instead");
        }
        sql.append('?');
        parameters.add(value);
        return this;
    }

    String sql() {
        return sql.toString();
    }

    List<Object> parameters() {
        return List.copyOf(parameters);
    }

    int parameterCount() {
        return parameters.size();
    }

    /** Binds every parameter from index {@code first}; returns the next free index. */
    int bind(PreparedStatement ps, int first) throws SQLException {
        int i = first;
        for (Object v : parameters) {
            bindOne(ps, i++, v);
        }
        return i;
    }

    private static void bindOne(PreparedStatement ps, int index, Object v) throws SQLException {
        if (v instanceof String s) {
            ps.setString(index, s);
        } else if (v instanceof Long l) {
            ps.setLong(index, l);
        } else if (v instanceof Double d) {
            ps.setDouble(index, d);
        } else if (v instanceof Boolean b) {
            ps.setBoolean(index, b);
        } else if (v instanceof byte[] bytes) {
            ps.setBytes(index, bytes);
        } else if (v instanceof Instant t) {
            ps.setObject(index, OffsetDateTime.ofInstant(t, ZoneOffset.UTC));
        } else if (v instanceof LocalDate || v instanceof LocalDateTime || v instanceof OffsetDateTime) {
            ps.setObject(index, v);
        } else {
            throw new IllegalArgumentException("Unsupported SQL parameter type " + v.getClass().getName());
        }
    }
}
