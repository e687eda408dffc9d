/**
 * Transboundary statistics with country polygons: area and length of any feature in each country
 * ({@link org.ecocorridor.connectivity.transboundary.CountryShares}), where least-cost paths cross
 * borders ({@link org.ecocorridor.connectivity.transboundary.BorderCrossings}), per-country-pair
 * summaries and the dependence of connectivity (ECA) on cross-border links
 * ({@link org.ecocorridor.connectivity.transboundary.TransboundaryDependence}). Inputs are in
 * EPSG:4326 (longitude, latitude). Formulas and sources in {@code docs/algorithms.md}, section
 * "Transboundary statistics".
 */
package org.ecocorridor.connectivity.transboundary;
