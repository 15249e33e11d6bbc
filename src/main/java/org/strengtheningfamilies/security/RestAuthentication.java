package org.strengtheningfamilies.security;

import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The REST API (Camunda's and the project's) answers only users of the Camunda identity service,
 * by HTTP Basic; the authenticated user is then subject to the engine's authorizations. Without
 * credentials, or with wrong ones, the answer is 401 and no data.
 */
@Configuration
class RestAuthentication {

    @Bean
    public FilterRegistrationBean<ProcessEngineAuthenticationFilter> restAuthenticationFilter() {
        FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
        registration.setName("sf-rest-authentication");
        registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
                HttpBasicAuthenticationProvider.class.getName());
        // the project's /api/* also accepts the webapp session: dashboard.DashboardApiAuthentication
        registration.addUrlPatterns("/engine-rest/*");
        return registration;
    }
}
