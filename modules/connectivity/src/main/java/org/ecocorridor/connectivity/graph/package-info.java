/**
 * Patch-graph connectivity metrics after Conefor and Graphab: the probability of connectivity
 * {@code PC} and equivalent connected area {@code ECA} (Saura &amp; Pascual-Hortal 2007; Saura &amp;
 * Torné 2009), the integral index of connectivity {@code IIC} (Pascual-Hortal &amp; Saura 2006), flux
 * and betweenness (Graphab; Foltête, Clauzel &amp; Vuidel 2012), and the importance of each patch
 * ({@code dPC} split into intra, flux and connector fractions, Saura &amp; Rubio 2010; {@code dIIC}) and
 * of each link.
 *
 * <p>Pipeline: {@link org.ecocorridor.connectivity.graph.Patch}es and
 * {@link org.ecocorridor.connectivity.graph.PatchLink}s (least-cost distances from a corridor run or
 * {@link org.ecocorridor.connectivity.graph.EuclideanLinks edge-to-edge distances}) form a
 * {@link org.ecocorridor.connectivity.graph.PatchGraph}; a
 * {@link org.ecocorridor.connectivity.graph.DispersalKernel} turns distances into probabilities;
 * {@link org.ecocorridor.connectivity.graph.PatchGraphAnalysis} returns a
 * {@link org.ecocorridor.connectivity.graph.ConnectivityResult}. Formulas and sources in
 * {@code docs/algorithms.md}, section "Patch-graph connectivity metrics".
 */
package org.ecocorridor.connectivity.graph;
