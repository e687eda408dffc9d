package org.ecocorridor.store.ingest;

import java.util.List;
import java.util.Objects;
import org.ecocorridor.core.catalog.LayerInfo;

/**
 * What to call an imported layer and how to publish it. Immutable.
 *
 * @param name         layer name ({@link LayerInfo#requireValidName}), at most
 *                     {@value LayerImporter#MAX_NAME_LENGTH} characters; the data goes to table
 *                     {@code layer_<name>}
 * @param title        human title
 * @param abstractText description, or null
 * @param keywords     keywords (no commas)
 * @param defaultStyle default style name, or null
 * @param sensitive    hidden from anonymous users
 * @param editable     writable by editors
 * @param owner        importing user, or null
 * @param runId        analysis run that produced the features, or null
 */
public record LayerImport(String name, String title, String abstractText, List<String> keywords,
        String defaultStyle, boolean sensitive, boolean editable, String owner, Long runId) {

    public LayerImport {
        LayerInfo.requireValidName(name);
        if (name.length() > LayerImporter.MAX_NAME_LENGTH) {
            throw new IllegalArgumentException("Layer name \"" + name + "\" is too long for an import: at most "
                    + LayerImporter.MAX_NAME_LENGTH + " characters (its table is layer_<name>)");
        }
        Objects.requireNonNull(title, "title");
        keywords = List.copyOf(keywords);
    }

    /** A non-sensitive, read-only layer with only a name and a title. */
    public static LayerImport of(String name, String title) {
        return new LayerImport(name, title, null, List.of(), null, false, false, null, null);
    }

    /** The table holding the layer's features. */
    public String tableName() {
        return LayerImporter.TABLE_PREFIX + name;
    }
}
