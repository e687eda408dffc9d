package org.ecocorridor.server.config;

import java.util.concurrent.ExecutorService;
import org.ecocorridor.server.processes.AnalysisProcess;
import org.ecocorridor.server.processes.CorridorReportProcess;
import org.ecocorridor.server.processes.CountrySharesProcess;
import org.ecocorridor.server.processes.FlywayNetworkProcess;
import org.ecocorridor.server.processes.InfrastructureRiskProcess;
import org.ecocorridor.server.processes.LeastCostCorridorsProcess;
import org.ecocorridor.server.processes.PatchConnectivityProcess;
import org.ecocorridor.server.processes.ResistanceSurfaceProcess;
import org.ecocorridor.server.processes.TransboundaryConnectivityProcess;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

/**
 * The processes on offer, as beans (the job system's registry collects every {@link AnalysisProcess}
 * bean, in this order). Parallel work inside runs uses the jobs' compute executor.
 */
@Configuration(proxyBeanMethods = false)
class ProcessesConfiguration {

    @Bean
    @Order(1)
    AnalysisProcess resistanceSurfaceProcess(@Qualifier("jobComputeExecutor") ExecutorService compute) {
        return new ResistanceSurfaceProcess(compute);
    }

    @Bean
    @Order(2)
    AnalysisProcess leastCostCorridorsProcess(@Qualifier("jobComputeExecutor") ExecutorService compute) {
        return new LeastCostCorridorsProcess(compute);
    }

    @Bean
    @Order(3)
    AnalysisProcess patchConnectivityProcess(@Qualifier("jobComputeExecutor") ExecutorService compute) {
        return new PatchConnectivityProcess(compute);
    }

    @Bean
    @Order(4)
    AnalysisProcess countrySharesProcess() {
        return new CountrySharesProcess();
    }

    @Bean
    @Order(5)
    AnalysisProcess transboundaryConnectivityProcess(@Qualifier("jobComputeExecutor") ExecutorService compute) {
        return new TransboundaryConnectivityProcess(compute);
    }

    @Bean
    @Order(6)
    AnalysisProcess flywayNetworkProcess() {
        return new FlywayNetworkProcess();
    }

    @Bean
    @Order(7)
    AnalysisProcess infrastructureRiskProcess() {
        return new InfrastructureRiskProcess();
    }

    @Bean
    @Order(8)
    AnalysisProcess corridorReportProcess(@Qualifier("jobComputeExecutor") ExecutorService compute) {
        return new CorridorReportProcess(compute);
    }
}
