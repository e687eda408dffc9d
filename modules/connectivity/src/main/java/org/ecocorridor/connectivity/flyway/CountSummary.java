package org.ecocorridor.connectivity.flyway;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The latest and the maximum count of one species at one site, the two numbers a
 * {@link FlywaySite} carries.
 *
 * <p>Immutable.
 *
 * @param siteCode    the site
 * @param latestDate  date of the latest survey
 * @param latestCount count of the latest survey (the largest one if several share that date)
 * @param maxCount    largest count of all surveys
 * @param surveys     number of surveys summarised
 */
public record CountSummary(String siteCode, LocalDate latestDate, int latestCount, int maxCount, int surveys) {

    public CountSummary {
        Objects.requireNonNull(siteCode, "siteCode");
        Objects.requireNonNull(latestDate, "latestDate");
    }

    /** One summary per site of the given counts (all of one species), sorted by site code. */
    public static List<CountSummary> summarise(Collection<SurveyCount> counts) {
        Map<String, CountSummary> bySite = new TreeMap<>();
        for (SurveyCount c : counts) {
            bySite.merge(c.siteCode(), new CountSummary(c.siteCode(), c.surveyDate(), c.count(), c.count(), 1),
                    CountSummary::combine);
        }
        return List.copyOf(new ArrayList<>(bySite.values()));
    }

    private static CountSummary combine(CountSummary a, CountSummary b) {
        int order = a.latestDate.compareTo(b.latestDate);
        LocalDate latest = order >= 0 ? a.latestDate : b.latestDate;
        int latestCount = order > 0 ? a.latestCount : order < 0 ? b.latestCount : Math.max(a.latestCount, b.latestCount);
        return new CountSummary(a.siteCode, latest, latestCount, Math.max(a.maxCount, b.maxCount), a.surveys + b.surveys);
    }
}
