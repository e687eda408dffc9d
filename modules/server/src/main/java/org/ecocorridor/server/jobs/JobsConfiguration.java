package org.ecocorridor.server.jobs;

import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.ecocorridor.server.config.EcocorridorProperties;
import org.ecocorridor.server.processes.AnalysisProcess;
import org.ecocorridor.server.processes.ProcessRegistry;
import org.ecocorridor.store.SpatialStore;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

/**
 * Wires the job system: the process registry (every {@link AnalysisProcess} bean), the runner, this
 * instance's workers (the report service is {@code org.ecocorridor.server.report.StoreReportService}).
 */
@Configuration(proxyBeanMethods = false)
class JobsConfiguration {

    @Bean
    ProcessRegistry processRegistry(ObjectProvider<AnalysisProcess> processes) {
        return new ProcessRegistry(processes.orderedStream().toList());
    }

    /** Threads for parallel work inside jobs (bounded by the cores, shared by every job). */
    @Bean(destroyMethod = "shutdownNow")
    ExecutorService jobComputeExecutor() {
        AtomicInteger n = new AtomicInteger();
        return Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors(), r -> {
            Thread t = new Thread(r, "job-compute-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    @Bean
    JobRunner jobRunner(SpatialStore store, ProcessRegistry registry, JsonMapper json, ExecutorService jobComputeExecutor,
            JobProperties properties) {
        return new JobRunner(store, registry, json, jobComputeExecutor, properties.cancelCheck(), softwareVersion());
    }

    @Bean
    JobWorkers jobWorkers(SpatialStore store, JobRunner runner, JobProperties properties) {
        return new JobWorkers(store, runner, properties, workerId());
    }

    @Bean
    JobService jobService(SpatialStore store, ProcessRegistry registry, JobRunner runner, JobWorkers workers) {
        return new JobService(store, registry, runner, workers);
    }

    @Bean
    JobViews jobViews(SpatialStore store, JsonMapper json, EcocorridorProperties properties) {
        return new JobViews(store, json, properties.publicBaseUrl());
    }

    /** This instance in the {@code worker} column: host, process id and a random part (unique per start). */
    static String workerId() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "unknown-host";
        }
        return host + "/" + ManagementFactory.getRuntimeMXBean().getPid() + "/"
                + UUID.randomUUID().toString().substring(0, 8);
    }

    private static String softwareVersion() {
        String v = JobsConfiguration.class.getPackage().getImplementationVersion();
        return v == null ? "development" : v;
    }
}
