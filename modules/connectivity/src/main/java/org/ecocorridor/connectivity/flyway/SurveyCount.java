package org.ecocorridor.connectivity.flyway;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One survey count of one species at one site ({@code survey_counts}).
 *
 * <p>Immutable.
 *
 * @param siteCode   the site
 * @param surveyDate the survey date
 * @param count      individuals counted, ≥ 0
 */
public record SurveyCount(String siteCode, LocalDate surveyDate, int count) {

    public SurveyCount {
        Objects.requireNonNull(siteCode, "siteCode");
        Objects.requireNonNull(surveyDate, "surveyDate");
        if (count < 0) {
            throw new IllegalArgumentException("Survey count at " + siteCode + " on " + surveyDate
                    + " must be >= 0, got " + count);
        }
    }
}
