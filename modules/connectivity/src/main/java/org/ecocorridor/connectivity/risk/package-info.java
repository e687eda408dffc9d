/**
 * Energy-infrastructure risk near flyway sites: wind farms (count, MW) and power-line length within
 * buffers around each site, a collision-risk index, "add this wind farm or line" scenarios with
 * their effect on the flyway's population flow, and a deterministic population projection under the
 * added mortality. Formulas, default values and sources in {@code docs/algorithms.md}, section
 * "Energy-infrastructure risk near sites".
 */
package org.ecocorridor.connectivity.risk;
