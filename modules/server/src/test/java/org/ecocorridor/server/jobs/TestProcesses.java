package org.ecocorridor.server.jobs;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * The test processes: {@code count} (synchronous runs allowed), {@code count-async} (asynchronous only)
 * and {@code fail}. Imported by the job tests; not picked up by other tests' component scans.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestProcesses {
    @Bean
    CountProcess countProcess() {
        return new CountProcess("count", true);
    }

    @Bean
    CountProcess countAsyncProcess() {
        return new CountProcess("count-async", false);
    }

    @Bean
    FailProcess failProcess() {
        return new FailProcess();
    }
}
