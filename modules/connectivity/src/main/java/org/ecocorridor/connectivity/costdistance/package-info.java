/**
 * Cost distance on resistance grids: {@link org.ecocorridor.connectivity.costdistance.CostDistance}
 * (multi-source Dijkstra, 8 or 16 neighbours, map or cell units), its
 * {@link org.ecocorridor.connectivity.costdistance.CostDistanceResult} (accumulated cost, back direction,
 * allocation) and {@link org.ecocorridor.connectivity.costdistance.LeastCostPaths}. Formulas and sources
 * in {@code docs/algorithms.md}.
 */
package org.ecocorridor.connectivity.costdistance;
