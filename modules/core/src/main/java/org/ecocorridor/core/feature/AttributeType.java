package org.ecocorridor.core.feature;

/**
 * Value types of feature attributes, the common ground of GeoJSON, GeoPackage, Shapefile, CSV,
 * PostGIS and H2GIS. Java values: {@code String}, {@code Long}, {@code Double}, {@code Boolean},
 * {@link java.time.LocalDate}, {@link java.time.Instant}.
 *
 * <p>Immutable.
 */
public enum AttributeType {
    STRING(String.class),
    INTEGER(Long.class),
    DOUBLE(Double.class),
    BOOLEAN(Boolean.class),
    DATE(java.time.LocalDate.class),
    TIMESTAMP(java.time.Instant.class);

    private final Class<?> javaType;

    AttributeType(Class<?> javaType) {
        this.javaType = javaType;
    }

    public Class<?> javaType() {
        return javaType;
    }
}
