package org.ecocorridor.server.security;

import java.time.Clock;
import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * HTTP security: stateless HTTP Basic (what QGIS, GDAL and scripts send), anonymous reads of public
 * data, admin-only writes. Users and roles come from the store ({@link StoreUserDetailsService}).
 *
 * <p>CSRF protection is off because no endpoint uses cookies or sessions: every write carries
 * Basic credentials, which a cross-site form cannot forge.
 */
@Configuration
public class SecurityConfig {

    /** Role names as stored; Spring sees them as authorities {@code ROLE_ADMIN} and so on. */
    public static final String ADMIN = "admin";
    public static final String EDITOR = "editor";
    public static final String RESEARCHER = "researcher";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        http.csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .httpBasic(basic -> basic.authenticationEntryPoint(ProblemSecurityHandlers.unauthorized()))
                .exceptionHandling(ex -> ex.authenticationEntryPoint(ProblemSecurityHandlers.unauthorized())
                        .accessDeniedHandler(ProblemSecurityHandlers.forbidden()))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/actuator/health/**", "/actuator/health", "/actuator/info").permitAll()
                        .requestMatchers("/api/users/**").hasRole(ADMIN.toUpperCase())
                        .requestMatchers(HttpMethod.PUT, "/api/layers/**").hasRole(ADMIN.toUpperCase())
                        .requestMatchers(HttpMethod.POST, "/api/layers/**").hasRole(ADMIN.toUpperCase())
                        .requestMatchers(HttpMethod.DELETE, "/api/layers/**").hasRole(ADMIN.toUpperCase())
                        // OGC API - Processes: researchers and admins run analyses; owners (checked by the
                        // job endpoints) dismiss and publish their runs.
                        .requestMatchers(HttpMethod.POST, "/ogcapi/processes/*/execution")
                        .hasAnyRole(RESEARCHER.toUpperCase(), ADMIN.toUpperCase())
                        .requestMatchers(HttpMethod.POST, "/ogcapi/jobs/*/publication").authenticated()
                        .requestMatchers(HttpMethod.DELETE, "/ogcapi/jobs/**").authenticated()
                        // OGC services: anonymous reads by GET and XML POST; WFS-T checks editors itself.
                        .requestMatchers(HttpMethod.POST, "/ows", "/wfs").permitAll()
                        .requestMatchers(HttpMethod.GET, "/**").permitAll()
                        .requestMatchers(HttpMethod.HEAD, "/**").permitAll()
                        .anyRequest().authenticated());
        return http.build();
    }

    /** BCrypt, with successful checks remembered for five minutes ({@link VerifiedPasswordCache}). */
    @Bean
    PasswordEncoder passwordEncoder() {
        return new VerifiedPasswordCache(new BCryptPasswordEncoder(), Duration.ofMinutes(5), Clock.systemUTC());
    }
}
