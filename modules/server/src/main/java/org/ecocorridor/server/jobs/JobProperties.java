package org.ecocorridor.server.jobs;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Job system settings, bound from {@code ecocorridor.jobs.*}. Immutable.
 *
 * @param workers           jobs run at once by this instance; 0 = 1 on machines with at most 2 cores, else 2
 * @param pollInterval      how often an idle instance looks for queued jobs (submissions on this instance
 *                          wake it at once)
 * @param heartbeatInterval how often a running job's heartbeat is refreshed and stale jobs are swept
 * @param staleAfter        a running job whose heartbeat is older is failed as interrupted (its instance
 *                          stopped); several heartbeat intervals, so a busy database does not fail live jobs
 * @param cancelCheck       how often a running job re-reads its cancellation flag from the database
 * @param shutdownGrace     how long a stopping instance waits for its jobs to stop after telling them to
 */
@ConfigurationProperties("ecocorridor.jobs")
public record JobProperties(@DefaultValue("0") int workers, @DefaultValue("1s") Duration pollInterval,
        @DefaultValue("5s") Duration heartbeatInterval, @DefaultValue("60s") Duration staleAfter,
        @DefaultValue("500ms") Duration cancelCheck, @DefaultValue("10s") Duration shutdownGrace) {

    public JobProperties {
        if (workers < 0) {
            throw new IllegalArgumentException("ecocorridor.jobs.workers must be >= 0, got " + workers);
        }
        if (staleAfter.compareTo(heartbeatInterval.multipliedBy(2)) < 0) {
            throw new IllegalArgumentException("ecocorridor.jobs.stale-after (" + staleAfter
                    + ") must be at least twice ecocorridor.jobs.heartbeat-interval (" + heartbeatInterval + ")");
        }
    }

    /** The worker count in effect: the configured one, or 1 on ≤ 2 cores and 2 above. */
    public int effectiveWorkers() {
        if (workers > 0) {
            return workers;
        }
        return Runtime.getRuntime().availableProcessors() <= 2 ? 1 : 2;
    }
}
