package org.ecocorridor.server.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationPredicate;
import org.junit.jupiter.api.Test;
import org.springframework.http.server.observation.ServerRequestObservationContext;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.config.observation.SecurityObservationSettings;

class ObservationConfigurationTest {
    private final ObservationConfiguration configuration = new ObservationConfiguration();
    private final ObservationPredicate predicate = configuration.ogcRequestsUnobserved();

    @Test
    void ogcRequestsAreNotObservedAndTheRestApiIs() {
        for (String ogc : new String[] {"/tiles/sites/4/13/5.png", "/wmts/1.0.0/sites/default/WebMercatorQuad/4/5/13.png",
                "/wmts", "/wms", "/wfs", "/ows"}) {
            assertThat(observed("", ogc)).as(ogc).isFalse();
        }
        for (String other : new String[] {"/api/layers", "/ogcapi/jobs", "/actuator/health", "/"}) {
            assertThat(observed("", other)).as(other).isTrue();
        }
        // the decision is on the path within the application, whatever the context path
        assertThat(observed("/eco", "/eco/tiles/sites/4/13/5.png")).isFalse();
        assertThat(observed("/eco", "/eco/api/layers")).isTrue();
        assertThat(predicate.test("jdbc.query", new Observation.Context())).isTrue();
    }

    @Test
    void springSecurityObservesNothing() {
        SecurityObservationSettings settings = configuration.securityObservationSettings();
        assertThat(settings.shouldObserveRequests()).isFalse();
        assertThat(settings.shouldObserveAuthentications()).isFalse();
        assertThat(settings.shouldObserveAuthorizations()).isFalse();
    }

    private boolean observed(String contextPath, String uri) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", uri);
        request.setContextPath(contextPath);
        return predicate.test("http.server.requests",
                new ServerRequestObservationContext(request, new MockHttpServletResponse()));
    }
}
