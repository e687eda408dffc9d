package org.ecocorridor.server.jobs;

import org.ecocorridor.server.EcocorridorApplication;
import org.springframework.boot.SpringApplication;

/** A server with the test processes, started as a separate JVM by the durability tests. */
public final class JobServerMain {
    private JobServerMain() {
    }

    public static void main(String[] args) {
        SpringApplication.run(new Class<?>[] {EcocorridorApplication.class, TestProcesses.class}, args);
    }
}
