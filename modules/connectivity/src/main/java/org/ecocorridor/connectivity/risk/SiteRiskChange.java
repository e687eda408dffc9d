package org.ecocorridor.connectivity.risk;

/**
 * How a scenario changes one site.
 *
 * <p>Immutable.
 *
 * @param siteCode       the site
 * @param riskBefore     risk index with the existing infrastructure
 * @param riskAfter      risk index with the added infrastructure too
 * @param capacityBefore flow capacity before, birds: count × (1 − riskBefore)
 * @param capacityAfter  flow capacity after, birds: count × (1 − riskAfter)
 */
public record SiteRiskChange(String siteCode, double riskBefore, double riskAfter, double capacityBefore,
        double capacityAfter) {
}
