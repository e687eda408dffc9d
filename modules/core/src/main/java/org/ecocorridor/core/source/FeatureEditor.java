package org.ecocorridor.core.source;

import java.util.List;

/**
 * Write access to editable feature types (WFS-T). A transaction is atomic: all edits are applied
 * or none.
 *
 * <p>Implementations are thread-safe.
 */
public interface FeatureEditor {
    /**
     * Applies edits in order in one transaction.
     *
     * @throws org.ecocorridor.core.filter.InvalidFilterException for unknown properties, values that do
     *         not fit their attribute, or unsupported CRSs
     * @throws IllegalArgumentException when a type does not exist or is not editable; nothing is changed
     */
    TransactionResult apply(List<FeatureEdit> edits);
}
