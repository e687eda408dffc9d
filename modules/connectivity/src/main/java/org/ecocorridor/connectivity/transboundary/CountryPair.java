package org.ecocorridor.connectivity.transboundary;

import java.util.Objects;

/**
 * An unordered pair of countries, stored with {@code first} &lt; {@code second}.
 *
 * <p>Immutable.
 *
 * @param first  the code that sorts first
 * @param second the other code
 */
public record CountryPair(String first, String second) implements Comparable<CountryPair> {

    public CountryPair {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(second, "second");
        if (first.compareTo(second) >= 0) {
            throw new IllegalArgumentException("Country pair must be two different codes in increasing order, got "
                    + first + ", " + second);
        }
    }

    /** The pair of two different codes in either order. */
    public static CountryPair of(String a, String b) {
        return a.compareTo(b) < 0 ? new CountryPair(a, b) : new CountryPair(b, a);
    }

    @Override
    public int compareTo(CountryPair o) {
        int c = first.compareTo(o.first);
        return c != 0 ? c : second.compareTo(o.second);
    }

    @Override
    public String toString() {
        return first + "-" + second;
    }
}
