package org.ecocorridor.store.io.shapefile;

import java.util.Objects;
import org.ecocorridor.core.feature.AttributeType;

/**
 * One field descriptor of a dBASE III table: name, type letter, width and decimal count.
 * Immutable.
 *
 * @param name          field name as stored (up to 10 characters)
 * @param type          dBASE type letter: C character, N numeric, F float, L logical, D date
 *                      (others, e.g. M memo, are read as text)
 * @param length        field width in bytes
 * @param decimalCount  digits after the decimal point (N and F)
 */
public record DbfField(String name, char type, int length, int decimalCount) {
    /** Widest N field with no decimals read as INTEGER: 18 digits always fit a signed 64-bit long. */
    static final int MAX_INTEGER_DIGITS = 18;

    public DbfField {
        Objects.requireNonNull(name, "name");
        if (length < 1) {
            throw new IllegalArgumentException("length must be positive, got " + length + " for field " + name);
        }
    }

    /**
     * The attribute type values of this field are read as: N without decimals and at most 18
     * digits wide is INTEGER; other N and F are DOUBLE; L is BOOLEAN; D is DATE; C and anything
     * else is STRING.
     */
    public AttributeType attributeType() {
        return switch (Character.toUpperCase(type)) {
            case 'N' -> decimalCount == 0 && length <= MAX_INTEGER_DIGITS
                    ? AttributeType.INTEGER : AttributeType.DOUBLE;
            case 'F' -> AttributeType.DOUBLE;
            case 'L' -> AttributeType.BOOLEAN;
            case 'D' -> AttributeType.DATE;
            default -> AttributeType.STRING;
        };
    }
}
