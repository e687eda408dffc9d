package org.ecocorridor.connectivity.costdistance;

/**
 * The queue of cells to expand in a {@link CostDistance} search. A cell is queued each time its cost
 * improves, so it may be queued several times; the search skips the entries of a cell already expanded
 * at its current cost (lazy deletion).
 *
 * <p>Implementations are not thread-safe.
 */
interface CellQueue {

    boolean isEmpty();

    /** Queues a cell at a cost (≥ 0). */
    void push(int cell, double cost);

    /** Removes and returns the next cell to expand; undefined when empty. */
    int pop();
}
