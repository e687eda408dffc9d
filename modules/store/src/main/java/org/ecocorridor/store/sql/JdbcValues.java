package org.ecocorridor.store.sql;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.ecocorridor.core.feature.AttributeType;

/**
 * Binds and reads attribute values with the Java types of {@link AttributeType}: String, Long,
 * Double, Boolean, LocalDate, Instant. Instants are written as UTC {@link OffsetDateTime}s into
 * {@code TIMESTAMP WITH TIME ZONE} columns; timestamps without zone are read as UTC.
 *
 * <p>Thread-safe (stateless).
 */
public final class JdbcValues {
    private JdbcValues() {
    }

    /**
     * Binds a value, converting integral numbers to long and any number to double as the type asks.
     *
     * @throws IllegalArgumentException when the value does not fit the type, naming both
     */
    public static void bind(PreparedStatement ps, int index, AttributeType type, Object value) throws SQLException {
        if (value == null) {
            ps.setNull(index, sqlType(type));
            return;
        }
        switch (type) {
            case STRING -> ps.setString(index, value.toString());
            case INTEGER -> ps.setLong(index, toLong(value));
            case DOUBLE -> ps.setDouble(index, toDouble(value));
            case BOOLEAN -> ps.setBoolean(index, (Boolean) require(value, Boolean.class, type));
            case DATE -> ps.setObject(index, require(value, LocalDate.class, type));
            case TIMESTAMP -> ps.setObject(index,
                    OffsetDateTime.ofInstant(require(value, Instant.class, type), ZoneOffset.UTC));
        }
    }

    /** Reads a value of a column, null when SQL NULL. */
    public static Object read(ResultSet rs, int index, AttributeType type, ColumnInfo column) throws SQLException {
        Object value = switch (type) {
            case STRING -> rs.getString(index);
            case INTEGER -> rs.getLong(index);
            case DOUBLE -> rs.getDouble(index);
            case BOOLEAN -> rs.getBoolean(index);
            case DATE -> rs.getObject(index, LocalDate.class);
            case TIMESTAMP -> readInstant(rs, index, column.hasTimeZone());
        };
        return rs.wasNull() ? null : value;
    }

    /** Reads a {@code TIMESTAMP WITH TIME ZONE} column as an Instant, null when SQL NULL. */
    public static Instant readInstant(ResultSet rs, int index) throws SQLException {
        return readInstant(rs, index, true);
    }

    private static Instant readInstant(ResultSet rs, int index, boolean withZone) throws SQLException {
        if (withZone) {
            OffsetDateTime t = rs.getObject(index, OffsetDateTime.class);
            return t == null ? null : t.toInstant();
        }
        LocalDateTime t = rs.getObject(index, LocalDateTime.class);
        return t == null ? null : t.toInstant(ZoneOffset.UTC);
    }

    /** Binds an Instant (or null) as a UTC {@code TIMESTAMP WITH TIME ZONE}. */
    public static void bindInstant(PreparedStatement ps, int index, Instant value) throws SQLException {
        bind(ps, index, AttributeType.TIMESTAMP, value);
    }

    /** The {@link Types} code used for NULLs of an attribute type. */
    public static int sqlType(AttributeType type) {
        return switch (type) {
            case STRING -> Types.VARCHAR;
            case INTEGER -> Types.BIGINT;
            case DOUBLE -> Types.DOUBLE;
            case BOOLEAN -> Types.BOOLEAN;
            case DATE -> Types.DATE;
            case TIMESTAMP -> Types.TIMESTAMP_WITH_TIMEZONE;
        };
    }

    private static long toLong(Object value) {
        if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return ((Number) value).longValue();
        }
        throw mismatch(value, AttributeType.INTEGER);
    }

    private static double toDouble(Object value) {
        if (value instanceof Number n) {
            return n.doubleValue();
        }
        throw mismatch(value, AttributeType.DOUBLE);
    }

    private static <T> T require(Object value, Class<T> javaType, AttributeType type) {
        if (!javaType.isInstance(value)) {
            throw mismatch(value, type);
        }
        return javaType.cast(value);
    }

    private static IllegalArgumentException mismatch(Object value, AttributeType type) {
        return new IllegalArgumentException("Value of type " + type + " expected (" + type.javaType().getSimpleName()
                + "), got " + value.getClass().getSimpleName() + " \"" + value + "\"");
    }
}
