package org.ecocorridor.connectivity.graph;

/**
 * Connectivity metrics of one patch. Percentages are of the whole-graph value (0 to 100).
 *
 * <p>Immutable.
 *
 * @param patchId      the patch
 * @param attribute    its attribute a<sub>k</sub>
 * @param flux         Graphab's flux F<sub>k</sub> = Σ<sub>j≠k</sub> a<sub>j</sub> p*<sub>kj</sub> (β = 1),
 *                     in attribute units
 * @param betweenness  Graphab's PC-weighted betweenness BC<sub>k</sub> = Σ<sub>i&lt;j; i,j≠k</sub>
 *                     a<sub>i</sub> a<sub>j</sub> p*<sub>ij</sub> σ<sub>ij</sub>(k)/σ<sub>ij</sub>, the
 *                     share of each pair's maximum-product paths through k (attribute units squared)
 * @param dPC          100 (PCnum − PCnum<sub>−k</sub>) / PCnum, the loss when the patch is removed
 * @param dPCintra     100 a<sub>k</sub>² / PCnum
 * @param dPCflux      100 · 2 a<sub>k</sub> Σ<sub>j≠k</sub> a<sub>j</sub> p*<sub>kj</sub> / PCnum
 * @param dPCconnector 100 Σ<sub>i,j≠k</sub> a<sub>i</sub> a<sub>j</sub> (p*<sub>ij</sub> −
 *                     p*<sub>ij,−k</sub>) / PCnum, ≥ 0: what the patch adds as a stepping stone
 * @param dIIC         100 (IICnum − IICnum<sub>−k</sub>) / IICnum
 */
public record PatchImportance(String patchId, double attribute, double flux, double betweenness, double dPC,
        double dPCintra, double dPCflux, double dPCconnector, double dIIC) {
}
