package org.ecocorridor.ogc.style.filter;

import java.util.Objects;
import java.util.regex.Pattern;
import org.ecocorridor.core.feature.Feature;

/**
 * {@code PropertyIsLike}: the text of the expression matches a pattern in which {@code wildCard}
 * stands for any sequence (including none), {@code singleChar} for exactly one character, and
 * {@code escapeChar} makes the following character literal (Filter Encoding 1.1 §11.3). The whole
 * text must match. The pattern is compiled once, in the constructor.
 *
 * <p>Immutable.
 */
public final class LikeFilter implements Filter {
    private final Expression expression;
    private final String pattern;
    private final char wildCard;
    private final char singleChar;
    private final char escapeChar;
    private final boolean matchCase;
    private final Pattern regex;

    /**
     * @param expression the tested value (its text form)
     * @param pattern    the pattern, e.g. {@code "Khanka*"}
     * @param wildCard   character matching any sequence, e.g. {@code '*'} or {@code '%'}
     * @param singleChar character matching one character, e.g. {@code '.'} or {@code '_'}
     * @param escapeChar escape character, e.g. {@code '!'} or {@code '\\'}
     * @param matchCase  whether letters must match in case
     */
    public LikeFilter(Expression expression, String pattern, char wildCard, char singleChar, char escapeChar,
            boolean matchCase) {
        this.expression = Objects.requireNonNull(expression, "expression");
        this.pattern = Objects.requireNonNull(pattern, "pattern");
        if (wildCard == singleChar || wildCard == escapeChar || singleChar == escapeChar) {
            throw new IllegalArgumentException("PropertyIsLike wildCard, singleChar and escapeChar must differ, got '"
                    + wildCard + "', '" + singleChar + "', '" + escapeChar + "'");
        }
        this.wildCard = wildCard;
        this.singleChar = singleChar;
        this.escapeChar = escapeChar;
        this.matchCase = matchCase;
        this.regex = Pattern.compile(toRegex(), matchCase ? Pattern.DOTALL
                : Pattern.DOTALL | Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    private String toRegex() {
        StringBuilder sb = new StringBuilder();
        StringBuilder literal = new StringBuilder();
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == escapeChar && i + 1 < pattern.length()) {
                literal.append(pattern.charAt(++i));
            } else if (c == wildCard || c == singleChar) {
                if (!literal.isEmpty()) {
                    sb.append(Pattern.quote(literal.toString()));
                    literal.setLength(0);
                }
                sb.append(c == wildCard ? ".*" : ".");
            } else {
                literal.append(c);
            }
        }
        if (!literal.isEmpty()) {
            sb.append(Pattern.quote(literal.toString()));
        }
        return sb.toString();
    }

    public Expression expression() {
        return expression;
    }

    public String pattern() {
        return pattern;
    }

    public char wildCard() {
        return wildCard;
    }

    public char singleChar() {
        return singleChar;
    }

    public char escapeChar() {
        return escapeChar;
    }

    public boolean matchCase() {
        return matchCase;
    }

    @Override
    public boolean test(Feature feature) {
        Object v = expression.evaluate(feature);
        return v != null && regex.matcher(Values.toText(v)).matches();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LikeFilter l && l.expression.equals(expression) && l.pattern.equals(pattern)
                && l.wildCard == wildCard && l.singleChar == singleChar && l.escapeChar == escapeChar
                && l.matchCase == matchCase;
    }

    @Override
    public int hashCode() {
        return Objects.hash(expression, pattern, wildCard, singleChar, escapeChar, matchCase);
    }

    @Override
    public String toString() {
        return "LikeFilter[" + expression + " LIKE '" + pattern + "']";
    }
}
