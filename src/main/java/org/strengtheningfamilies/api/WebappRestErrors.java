package org.strengtheningfamilies.api;

import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.servlet.ServletRegistration;

import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.camunda.bpm.webapp.impl.engine.EngineRestApplication;
import org.glassfish.jersey.server.ServerProperties;
import org.glassfish.jersey.servlet.ServletContainer;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * The webapps' copy of the REST API (/camunda/api/engine/*, what Tasklist and Cockpit call) with the
 * same error answers as /engine-rest ({@link EngineRestErrors}): registered here first, with the
 * project's providers, so that Camunda's webapp initializer keeps this registration.
 */
@Configuration
public class WebappRestErrors {

    static final String SERVLET_NAME = "Engine Api"; // the name Camunda's webapp initializer registers it under

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    public ServletContextInitializer webappEngineRestWithProjectErrors(CamundaBpmProperties properties) {
        return servletContext -> {
            if (servletContext.getServletRegistration(SERVLET_NAME) != null) {
                return;
            }
            ServletRegistration.Dynamic servlet = servletContext.addServlet(SERVLET_NAME, ServletContainer.class);
            servlet.addMapping(properties.getWebapp().getApplicationPath() + "/api/engine/*");
            servlet.setInitParameters(Map.of(
                    "jakarta.ws.rs.Application", EngineRestApplication.class.getName(),
                    ServerProperties.PROVIDER_CLASSNAMES, Arrays.stream(EngineRestErrors.providers())
                            .map(Class::getName).collect(Collectors.joining(","))));
        };
    }
}
