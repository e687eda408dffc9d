package org.ecocorridor.core.species;

import java.util.Arrays;
import java.util.Locale;

/**
 * The six flagship species of the programme. Codes are fixed: they appear in the database,
 * in process inputs and in layer names.
 *
 * <p>Immutable.
 */
public enum SpeciesCode {
    AMUR_TIGER(SpeciesGroup.BIG_CAT),
    AMUR_LEOPARD(SpeciesGroup.BIG_CAT),
    SNOW_LEOPARD(SpeciesGroup.BIG_CAT),
    BLACK_FACED_SPOONBILL(SpeciesGroup.WATERBIRD),
    WHITE_NAPED_CRANE(SpeciesGroup.WATERBIRD),
    HOODED_CRANE(SpeciesGroup.WATERBIRD);

    private final SpeciesGroup group;

    SpeciesCode(SpeciesGroup group) {
        this.group = group;
    }

    /** The code as stored, e.g. {@code amur_leopard}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The English common name, e.g. {@code Amur leopard}. */
    public String displayName() {
        String words = name().toLowerCase(Locale.ROOT).replace('_', ' ');
        String name = Character.toUpperCase(words.charAt(0)) + words.substring(1);
        return name.replace("amur", "Amur").replace(" faced", "-faced").replace(" naped", "-naped");
    }

    public SpeciesGroup group() {
        return group;
    }

    /**
     * Parses a stored code.
     *
     * @throws IllegalArgumentException naming the bad code and the valid ones
     */
    public static SpeciesCode of(String code) {
        for (SpeciesCode s : values()) {
            if (s.code().equals(code)) {
                return s;
            }
        }
        throw new IllegalArgumentException("Unknown species code \"" + code + "\"; expected one of "
                + Arrays.stream(values()).map(SpeciesCode::code).toList());
    }
}
