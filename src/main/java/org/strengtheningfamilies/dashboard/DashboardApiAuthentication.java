package org.strengtheningfamilies.dashboard;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Authentication of the project's {@code /api/*} (the engine's {@code /engine-rest/*} stays HTTP Basic
 * only, in {@code security.RestAuthentication}): Basic, or the Camunda webapp session, so that the
 * Cockpit dashboard plugin reads the reports as the logged-in manager. The endpoints' own role checks
 * ({@code api.ApiAccess}) apply either way; without either the answer is 401.
 *
 * <p>Camunda's filter looks the engine up by the name in the request path ({@code /engine/{name}/…}),
 * "default" otherwise; {@code /api/*} has no engine in its path and its controllers use the
 * application's own engine, so the filter authenticates against that one, whatever it is named.
 */
@Configuration
public class DashboardApiAuthentication {

    @Bean
    public FilterRegistrationBean<ProcessEngineAuthenticationFilter> apiAuthenticationFilter(ObjectProvider<ProcessEngine> engine) {
        // looked up per request: filters are built with the web server, before the engine (and before
        // Flyway, which must create the application's tables on a new database before the engine's)
        FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter() {
                    @Override
                    protected ProcessEngine getAddressedEngine(String engineName) {
                        return engine.getObject();
                    }
                });
        registration.setName("sf-api-authentication");
        registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
                SessionOrBasicAuthenticationProvider.class.getName());
        registration.addUrlPatterns("/api/*");
        return registration;
    }
}
