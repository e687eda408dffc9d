package org.ecocorridor.core.catalog;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.locationtech.jts.geom.Envelope;

/**
 * A catalog entry: what every protocol (WMS, WFS, OGC API, REST) knows about a published layer.
 *
 * <p>Immutable.
 *
 * @param name         unique name, {@code [a-z][a-z0-9_]*}, at most 63 characters (a SQL identifier)
 * @param title        human title
 * @param abstractText description
 * @param keywords     keywords
 * @param kind         vector or raster
 * @param defaultStyle name of the default style in {@code styles/}, or null
 * @param bbox         bounds in CRS:84 (x = longitude), or null when empty
 * @param timeExtent   dates covered, or null when the layer has no time dimension
 * @param featureCount number of features (vector) or 0 (raster)
 * @param sensitive    hidden from anonymous users (e.g. exact big-cat locations)
 * @param editable     writable through WFS-T by editors
 * @param updatedAt    last change of data or definition, for cache invalidation
 * @param owner        user who made the layer (imports, analysis results), or null
 * @param ownerOnly    visible only to its owner and admins (a private analysis run, until published)
 */
public record LayerInfo(String name, String title, String abstractText, List<String> keywords,
        LayerKind kind, String defaultStyle, Envelope bbox, TimeExtent timeExtent, long featureCount,
        boolean sensitive, boolean editable, Instant updatedAt, String owner, boolean ownerOnly) {

    /** Longest layer name: PostgreSQL's identifier limit. */
    private static final int MAX_NAME_LENGTH = 63;

    public LayerInfo {
        requireValidName(name);
        Objects.requireNonNull(kind, "kind");
        keywords = List.copyOf(keywords);
        bbox = bbox == null ? null : new Envelope(bbox);
        if (ownerOnly && owner == null) {
            throw new IllegalArgumentException("Layer \"" + name + "\" is owner-only but has no owner");
        }
    }

    /** A layer without owner-only restriction (visible to all, or to signed-in users when sensitive). */
    public LayerInfo(String name, String title, String abstractText, List<String> keywords, LayerKind kind,
            String defaultStyle, Envelope bbox, TimeExtent timeExtent, long featureCount, boolean sensitive,
            boolean editable, Instant updatedAt) {
        this(name, title, abstractText, keywords, kind, defaultStyle, bbox, timeExtent, featureCount, sensitive,
                editable, updatedAt, null, false);
    }

    /**
     * Whether a user may see this layer; the one rule every protocol applies (others get "no such layer").
     * Admins see everything; an owner-only layer is seen by its owner; a sensitive layer by signed-in users;
     * any other layer by everyone.
     *
     * @param user     the user's name, or null when anonymous
     * @param signedIn whether the request is authenticated
     * @param admin    whether the user has the admin role
     */
    public boolean visibleTo(String user, boolean signedIn, boolean admin) {
        if (admin) {
            return true;
        }
        if (ownerOnly) {
            return signedIn && owner.equals(user);
        }
        return !sensitive || signedIn;
    }

    /**
     * Checks a layer name: lower-case letter first, then lower-case letters, digits or
     * underscores, 63 characters at most, so that it is also a safe SQL identifier.
     *
     * @throws IllegalArgumentException naming the bad value
     */
    public static String requireValidName(String name) {
        if (!isValidName(name)) {
            throw new IllegalArgumentException("Invalid layer name \"" + name
                    + "\": use a lower-case letter followed by lower-case letters, digits or '_' (at most 63)");
        }
        return name;
    }

    /**
     * {@code [a-z][a-z0-9_]*}, 1 to 63 characters. A loop rather than a regular expression: every
     * catalog row read builds a {@code LayerInfo} (one per tile or feature request), and the regex was
     * about 3 % of a cached tile's CPU (JFR, docs/benchmarks.md).
     */
    private static boolean isValidName(String name) {
        if (name == null || name.isEmpty() || name.length() > MAX_NAME_LENGTH) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            char ch = name.charAt(i);
            boolean ok = ch >= 'a' && ch <= 'z' || i > 0 && (ch >= '0' && ch <= '9' || ch == '_');
            if (!ok) {
                return false;
            }
        }
        return true;
    }
}
