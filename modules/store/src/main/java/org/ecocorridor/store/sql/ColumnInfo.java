package org.ecocorridor.store.sql;

import java.sql.Types;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.ecocorridor.core.feature.AttributeType;

/**
 * A column of a table or view as JDBC metadata reports it. Immutable.
 *
 * @param name     column name (lower case in both stores)
 * @param jdbcType {@link java.sql.Types} code
 * @param typeName database type name, e.g. {@code timestamptz}, {@code geometry},
 *                 {@code GEOMETRY(POINT, 4326)}
 * @param nullable whether the column accepts nulls (true when unknown)
 */
public record ColumnInfo(String name, int jdbcType, String typeName, boolean nullable) {
    public ColumnInfo {
        Objects.requireNonNull(name, "name");
        typeName = typeName == null ? "" : typeName;
    }

    /** Whether the column holds geometries ({@code geometry...} type name on both stores). */
    public boolean isGeometry() {
        return typeName.toLowerCase(Locale.ROOT).startsWith("geometry");
    }

    /** Whether a timestamp column carries a time zone ({@code timestamptz}, {@code TIMESTAMP WITH TIME ZONE}). */
    public boolean hasTimeZone() {
        String t = typeName.toLowerCase(Locale.ROOT);
        return jdbcType == Types.TIMESTAMP_WITH_TIMEZONE || t.contains("tz") || t.contains("time zone");
    }

    /**
     * The attribute type the column maps to: text types to STRING, integer types to INTEGER,
     * floating and decimal types to DOUBLE, BOOLEAN/BIT to BOOLEAN, DATE to DATE, TIMESTAMP (with or
     * without zone) to TIMESTAMP. Empty for geometries, binary and other types, which are not
     * exposed as attributes.
     */
    public Optional<AttributeType> attributeType() {
        if (isGeometry()) {
            return Optional.empty();
        }
        return switch (jdbcType) {
            case Types.VARCHAR, Types.CHAR, Types.LONGVARCHAR, Types.NVARCHAR, Types.NCHAR,
                    Types.LONGNVARCHAR, Types.CLOB, Types.NCLOB -> Optional.of(AttributeType.STRING);
            case Types.BIGINT, Types.INTEGER, Types.SMALLINT, Types.TINYINT -> Optional.of(AttributeType.INTEGER);
            case Types.DOUBLE, Types.FLOAT, Types.REAL, Types.NUMERIC, Types.DECIMAL ->
                    Optional.of(AttributeType.DOUBLE);
            case Types.BOOLEAN, Types.BIT -> Optional.of(AttributeType.BOOLEAN);
            case Types.DATE -> Optional.of(AttributeType.DATE);
            case Types.TIMESTAMP, Types.TIMESTAMP_WITH_TIMEZONE -> Optional.of(AttributeType.TIMESTAMP);
            default -> Optional.empty();
        };
    }
}
