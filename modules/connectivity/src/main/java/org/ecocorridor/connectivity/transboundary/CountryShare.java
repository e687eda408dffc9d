package org.ecocorridor.connectivity.transboundary;

/**
 * The part of a feature in one country.
 *
 * <p>Immutable.
 *
 * @param iso3    the country
 * @param measure area (m²), length (m) or count, per the feature's {@link MeasureKind}
 * @param share   measure / the feature's total measure, 0 to 1
 */
public record CountryShare(String iso3, double measure, double share) {
}
