/**
 * Flyway stopover networks of migratory waterbirds, one network per species: sites with their roles
 * (breeding, stopover, wintering) and counts as nodes, flight legs within the species' maximum
 * non-stop range (great-circle on WGS 84) as edges; reachability of wintering sites, the maximum
 * population flow from breeding to wintering sites with site capacities from counts (Iwamura et al.
 * 2013), and per-site betweenness, flow loss, route loss, Ramsar criterion 6 and protection status.
 *
 * <p>Entry points: {@link org.ecocorridor.connectivity.flyway.FlywayNetwork#build} and
 * {@link org.ecocorridor.connectivity.flyway.FlywayAnalysis#analyse}. Formulas and sources in
 * {@code docs/algorithms.md}, section "Flyway stopover networks".
 */
package org.ecocorridor.connectivity.flyway;
