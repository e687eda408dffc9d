package org.ecocorridor.core.filter;

/**
 * {@code property LIKE pattern} (FES 2.0 PropertyIsLike), with the client's wild-card characters:
 * {@code wildCard} matches any run of characters, {@code singleChar} exactly one, and
 * {@code escapeChar} makes the next character literal. Non-text properties are matched on their
 * text form. Immutable.
 *
 * @param property   attribute name
 * @param pattern    pattern in the client's syntax
 * @param wildCard   multi-character wild card (FES: attribute {@code wildCard})
 * @param singleChar single-character wild card
 * @param escapeChar escape character
 * @param matchCase  whether matching is case-sensitive
 */
public record Like(String property, String pattern, char wildCard, char singleChar, char escapeChar,
        boolean matchCase) implements Filter {
    public Like {
        Operands.property(property, "PropertyIsLike");
        Operands.literal(pattern, "PropertyIsLike");
        if (wildCard == singleChar || wildCard == escapeChar || singleChar == escapeChar) {
            throw new IllegalArgumentException("PropertyIsLike needs three distinct characters, got wildCard '"
                    + wildCard + "', singleChar '" + singleChar + "', escapeChar '" + escapeChar + "'");
        }
    }

    /** A case-sensitive pattern with SQL-like wild cards {@code %}, {@code _} and escape {@code \}. */
    public static Like sql(String property, String pattern) {
        return new Like(property, pattern, '%', '_', '\\', true);
    }
}
