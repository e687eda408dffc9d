package org.ecocorridor.core.source;

import java.util.List;

/**
 * What a transaction changed. Immutable.
 *
 * @param insertedIds ids of inserted features, in request order, as {@code <typeName>/<id>}
 *                    pairs ({@link InsertedId})
 * @param updated     features updated
 * @param replaced    features replaced
 * @param deleted     features deleted
 */
public record TransactionResult(List<InsertedId> insertedIds, long updated, long replaced, long deleted) {
    public TransactionResult {
        insertedIds = List.copyOf(insertedIds);
    }

    /**
     * The store id of an inserted feature.
     *
     * @param typeName feature type
     * @param id       store id (the primary key as text)
     */
    public record InsertedId(String typeName, String id) {
    }
}
