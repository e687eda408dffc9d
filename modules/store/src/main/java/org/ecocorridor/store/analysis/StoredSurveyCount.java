package org.ecocorridor.store.analysis;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A {@code survey_counts} row of one species, with the site's code instead of its id. Immutable.
 *
 * @param siteCode   {@code flyway_sites.site_code}
 * @param surveyDate survey date
 * @param count      individuals counted, ≥ 0 (the table's CHECK)
 */
public record StoredSurveyCount(String siteCode, LocalDate surveyDate, int count) {
    public StoredSurveyCount {
        Objects.requireNonNull(siteCode, "siteCode");
        Objects.requireNonNull(surveyDate, "surveyDate");
    }
}
