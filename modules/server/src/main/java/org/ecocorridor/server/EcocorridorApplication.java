package org.ecocorridor.server;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The Spring Boot application: wires stores, protocols and the REST API. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class EcocorridorApplication {

    /** Starts the web server with Spring Boot arguments such as {@code --server.port=9090}. */
    public static void start(String[] args) {
        SpringApplication.run(EcocorridorApplication.class, args);
    }
}
