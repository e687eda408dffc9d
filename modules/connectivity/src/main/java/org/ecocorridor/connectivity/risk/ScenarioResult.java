package org.ecocorridor.connectivity.risk;

import java.util.List;
import org.ecocorridor.connectivity.flyway.FlightLeg;

/**
 * The effect of adding infrastructure to one species' flyway.
 *
 * <p>Immutable.
 *
 * @param affectedSites sites whose risk index rises, sorted by code
 * @param affectedLegs  flight legs passing within the route buffer of an added feature, in network order
 * @param flowBefore    maximum population flow with the existing infrastructure (birds)
 * @param flowAfter     maximum population flow with the added infrastructure too (birds)
 */
public record ScenarioResult(List<SiteRiskChange> affectedSites, List<FlightLeg> affectedLegs, double flowBefore,
        double flowAfter) {

    public ScenarioResult {
        affectedSites = List.copyOf(affectedSites);
        affectedLegs = List.copyOf(affectedLegs);
    }

    /** flowAfter − flowBefore (birds; negative for a loss). */
    public double flowChange() {
        return flowAfter - flowBefore;
    }

    /** 100 (flowAfter − flowBefore) / flowBefore, 0 when flowBefore is 0. */
    public double flowChangePercent() {
        return flowBefore > 0 ? 100 * flowChange() / flowBefore : 0;
    }
}
