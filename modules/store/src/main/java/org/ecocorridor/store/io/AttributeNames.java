package org.ecocorridor.store.io;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Gives file column names SQL-safe attribute names, in the order columns are first seen.
 *
 * <h2>Rules</h2>
 * <ol>
 *   <li>Accents are stripped (Unicode NFD, combining marks dropped) and the name lower-cased;
 *       every run of characters outside {@code [a-z0-9]} becomes one {@code _}, and leading and
 *       trailing {@code _} are trimmed. {@code "Pop. Est (2017)"} gives {@code pop_est_2017}.</li>
 *   <li>A name starting with a digit gets a leading {@code _}; a name with nothing left (e.g.
 *       all Hangul or Han characters) becomes {@code column_<n>}, n the 1-based order in which the
 *       column was first seen.</li>
 *   <li>Names are cut to 63 characters (PostgreSQL's identifier limit, NAMEDATALEN − 1).</li>
 *   <li>Names taken by the table itself ({@code fid}, {@code geom}, {@code id}), SQL reserved words
 *       of PostgreSQL or H2 (e.g. {@code order}, {@code user}, {@code value}, {@code year}) and names
 *       already given get a suffix {@code _1}, {@code _2}, ... (cut so the whole stays within 63).</li>
 * </ol>
 * The result always matches {@code [a-z_][a-z0-9_]*} and is unique.
 *
 * <p>Not thread-safe; one per source.
 */
final class AttributeNames {
    static final int MAX_LENGTH = 63;

    /** Table columns plus reserved words of PostgreSQL 15 (Appendix C, "reserved") and H2 2.x. */
    static final Set<String> RESERVED = Set.of(
            "fid", "geom", "id",
            "all", "analyse", "analyze", "and", "any", "array", "as", "asc", "asymmetric", "authorization",
            "between", "both", "case", "cast", "check", "collate", "column", "constraint", "create", "cross",
            "current_catalog", "current_date", "current_path", "current_role", "current_schema", "current_time",
            "current_timestamp", "current_user", "day", "default", "deferrable", "desc", "distinct", "do", "else",
            "end", "except", "exists", "false", "fetch", "for", "foreign", "from", "full", "grant", "group",
            "groups", "having", "hour", "if", "ilike", "in", "initially", "inner", "intersect", "interval", "into",
            "is", "join", "key", "lateral", "leading", "left", "like", "limit", "localtime", "localtimestamp",
            "minus", "minute", "month", "natural", "not", "null", "offset", "on", "only", "or", "order", "over",
            "partition", "placing", "primary", "qualify", "range", "references", "regexp", "returning", "right",
            "row", "rownum", "rows", "second", "select", "session_user", "set", "some", "symmetric",
            "system_user", "table", "then", "to", "top", "trailing", "true", "uescape", "union", "unique",
            "unknown", "user", "using", "value", "values", "variadic", "when", "where", "window", "with", "year",
            "_rowid_");

    private final Map<String, String> bySource = new LinkedHashMap<>();
    private final Set<String> taken = new HashSet<>();

    /** The attribute name of a column, allocating one the first time the column is seen. */
    String allocate(String sourceName) {
        String existing = bySource.get(sourceName);
        if (existing != null) {
            return existing;
        }
        String base = sqlSafe(sourceName, bySource.size() + 1);
        String name = base;
        for (int k = 1; RESERVED.contains(name) || taken.contains(name); k++) {
            String suffix = "_" + k;
            name = base.substring(0, Math.min(base.length(), MAX_LENGTH - suffix.length())) + suffix;
        }
        taken.add(name);
        bySource.put(sourceName, name);
        return name;
    }

    /** The attribute name given to a column, or null when it has not been seen. */
    String nameOf(String sourceName) {
        return bySource.get(sourceName);
    }

    /** Column name to attribute name, in allocation order. */
    Map<String, String> mapping() {
        return new LinkedHashMap<>(bySource);
    }

    /** Rules 1 to 3 of the class comment, without the uniqueness suffix. */
    static String sqlSafe(String sourceName, int position) {
        String ascii = Normalizer.normalize(sourceName, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        String name = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
        if (name.isEmpty()) {
            name = "column_" + position;
        } else if (Character.isDigit(name.charAt(0))) {
            name = "_" + name;
        }
        return name.length() > MAX_LENGTH ? name.substring(0, MAX_LENGTH) : name;
    }
}
