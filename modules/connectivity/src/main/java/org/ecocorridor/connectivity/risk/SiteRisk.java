package org.ecocorridor.connectivity.risk;

import java.util.List;

/**
 * Infrastructure exposure and risk index of one site.
 *
 * <p>Immutable.
 *
 * @param siteCode  the site
 * @param buffers   exposure within each buffer, by increasing radius
 * @param hazard    h, the added annual mortality hazard (see {@link RiskParameters})
 * @param riskIndex R = 1 − exp(−h), the added annual mortality probability, 0 to 1
 */
public record SiteRisk(String siteCode, List<BufferExposure> buffers, double hazard, double riskIndex) {

    public SiteRisk {
        buffers = List.copyOf(buffers);
    }
}
