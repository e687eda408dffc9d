package org.ecocorridor.server.config;

import io.micrometer.observation.ObservationPredicate;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.server.observation.ServerRequestObservationContext;
import org.springframework.security.config.observation.SecurityObservationSettings;

/**
 * What Micrometer observes, chosen for the per-request cost of the OGC services (profiled with JFR
 * under {@code scripts/bench/wms} and {@code scripts/bench/wfs}, see docs/benchmarks.md):
 * <ul>
 *   <li>Spring Security's own observations are off. They wrap each of the filter chain's dozen filters
 *       in an observation, plus one for authorization: tracing spans of the framework's internals,
 *       about a fifth of the CPU of a cached tile, with no tracer configured to receive them.
 *       Authentication and authorization themselves are unchanged.</li>
 *   <li>The {@code http.server.requests} observation is skipped for the OGC endpoints
 *       ({@value #OGC_PATHS_DOC}): map clients fetch tiles and features by the thousand, and no
 *       metrics endpoint is exposed ({@code management.endpoints.web.exposure.include=health,info}),
 *       so those timers were never read. The REST API, OGC API - Processes and the actuator keep it.</li>
 * </ul>
 * A deployment that wants OGC request metrics replaces the {@code ogcRequestsUnobserved} bean.
 */
@Configuration(proxyBeanMethods = false)
class ObservationConfiguration {
    static final String OGC_PATHS_DOC = "/tiles/, /wmts, /wms, /wfs, /ows";
    /** Request path prefixes of the OGC services. */
    static final List<String> OGC_PATHS = List.of("/tiles/", "/wmts", "/wms", "/wfs", "/ows");

    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    ObservationPredicate ogcRequestsUnobserved() {
        return (name, context) -> !(context instanceof ServerRequestObservationContext server
                && isOgcPath(pathWithinApplication(server.getCarrier())));
    }

    private static String pathWithinApplication(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    /** Whether a path within the application is one of the OGC services. */
    static boolean isOgcPath(String path) {
        for (String prefix : OGC_PATHS) {
            if (path.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }
}
