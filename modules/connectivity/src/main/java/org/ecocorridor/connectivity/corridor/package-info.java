/**
 * Corridor networks across core areas by the Linkage Mapper method:
 * {@link org.ecocorridor.connectivity.corridor.CoreAreas} (from polygons or an id raster),
 * {@link org.ecocorridor.connectivity.corridor.CandidateLinks} (allocation adjacency),
 * drop rules with Linkage Mapper's {@link org.ecocorridor.connectivity.corridor.LinkType} codes,
 * {@link org.ecocorridor.connectivity.corridor.Nlcc} normalised least-cost corridors, mosaic and
 * truncation, all run by {@link org.ecocorridor.connectivity.corridor.CorridorNetworkBuilder} into a
 * {@link org.ecocorridor.connectivity.corridor.CorridorNetwork}. Formulas and sources in
 * {@code docs/algorithms.md}.
 */
package org.ecocorridor.connectivity.corridor;
