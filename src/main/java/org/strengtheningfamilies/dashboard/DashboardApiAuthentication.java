package org.strengtheningfamilies.dashboard;

import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Authentication of the project's {@code /api/*} (the engine's {@code /engine-rest/*} stays HTTP Basic
 * only, in {@code security.RestAuthentication}): Basic, or the Camunda webapp session, so that the
 * Cockpit dashboard plugin reads the reports as the logged-in manager. The endpoints' own role checks
 * ({@code api.ApiAccess}) apply either way; without either the answer is 401.
 */
@Configuration
public class DashboardApiAuthentication {

    @Bean
    public FilterRegistrationBean<ProcessEngineAuthenticationFilter> apiAuthenticationFilter() {
        FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
        registration.setName("sf-api-authentication");
        registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
                SessionOrBasicAuthenticationProvider.class.getName());
        registration.addUrlPatterns("/api/*");
        return registration;
    }
}
