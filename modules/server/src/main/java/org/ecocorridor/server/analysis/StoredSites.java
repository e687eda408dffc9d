package org.ecocorridor.server.analysis;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ecocorridor.connectivity.flyway.CountSummary;
import org.ecocorridor.connectivity.flyway.FlywaySite;
import org.ecocorridor.connectivity.flyway.SiteProtection;
import org.ecocorridor.connectivity.flyway.SiteRole;
import org.ecocorridor.connectivity.flyway.SurveyCount;
import org.ecocorridor.store.SpatialStore;
import org.ecocorridor.store.analysis.NamedGeometry;
import org.ecocorridor.store.analysis.StoredFlywaySite;
import org.ecocorridor.store.analysis.StoredSurveyCount;

/**
 * Flyway sites of a species as the connectivity module wants them: roles from
 * {@code flyway_site_roles}, latest and maximum counts summarised from {@code survey_counts}
 * ({@link CountSummary}; 0 and 0 for a site never counted), protection flag from
 * {@code protected_areas} ({@link SiteProtection#flag}).
 *
 * <p>Thread-safe: stateless.
 */
final class StoredSites {
    private StoredSites() {
    }

    /**
     * The sites of one species, or of every species when {@code speciesCode} is null (then the roles
     * are the union over species and the counts are left at 0: counts are per species).
     */
    static List<FlywaySite> of(SpatialStore store, String speciesCode) {
        Map<String, CountSummary> counts = new HashMap<>();
        if (speciesCode != null) {
            List<SurveyCount> surveys = new ArrayList<>();
            for (StoredSurveyCount c : store.analysisInputs().surveyCounts(speciesCode)) {
                surveys.add(new SurveyCount(c.siteCode(), c.surveyDate(), c.count()));
            }
            CountSummary.summarise(surveys).forEach(s -> counts.put(s.siteCode(), s));
        }
        List<FlywaySite> sites = new ArrayList<>();
        for (StoredFlywaySite s : store.analysisInputs().flywaySites(speciesCode)) {
            Set<SiteRole> roles = EnumSet.noneOf(SiteRole.class);
            s.roles().forEach(r -> roles.add(SiteRole.of(r)));
            CountSummary c = counts.get(s.code());
            sites.add(new FlywaySite(s.code(), s.name(), s.lonDegrees(), s.latDegrees(), roles,
                    c == null ? 0 : c.latestCount(), c == null ? 0 : c.maxCount(), false));
        }
        return SiteProtection.flag(sites, store.analysisInputs().protectedAreas().stream()
                .map(NamedGeometry::geometry).toList());
    }

    /** Roles as stored codes joined with commas, in {@link SiteRole} order. */
    static String roles(Set<SiteRole> roles) {
        return String.join(",", roles.stream().map(SiteRole::code).toList());
    }
}
