package org.strengtheningfamilies.security;

import java.time.Clock;

import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The servlet filters that guard the web side (README "Roles"): log-in throttling by client, CSRF
 * refusals that keep the session, and variable filters in Cockpit's own queries. They run before
 * authentication and before Camunda's webapp filters (which are registered after Spring's).
 */
@Configuration
public class WebGuards {

    @Bean
    public FilterRegistrationBean<LoginThrottle> loginThrottleFilter(CamundaBpmProperties camunda) {
        String webapps = camunda.getWebapp().getApplicationPath();
        FilterRegistrationBean<LoginThrottle> registration = new FilterRegistrationBean<>(
                new LoginThrottle(webapps, Clock.systemUTC()));
        registration.setName("sf-login-throttle");
        registration.addUrlPatterns("/engine-rest/*", "/api/*", webapps + "/api/admin/auth/user/*");
        registration.setOrder(-90); // after the size limit, before authentication
        return registration;
    }

    @Bean
    public FilterRegistrationBean<CsrfWithoutLogout> csrfWithoutLogoutFilter(CamundaBpmProperties camunda) {
        String webapps = camunda.getWebapp().getApplicationPath();
        FilterRegistrationBean<CsrfWithoutLogout> registration = new FilterRegistrationBean<>(
                new CsrfWithoutLogout(camunda.getWebapp().getCsrf().getEntryPoints()));
        registration.setName("sf-csrf-without-logout");
        registration.addUrlPatterns(webapps + "/api/*", webapps + "/app/*");
        registration.setOrder(-80);
        return registration;
    }

    @Bean
    public FilterRegistrationBean<CockpitVariableFilterGuard> cockpitVariableFilterGuard(CamundaBpmProperties camunda) {
        String webapps = camunda.getWebapp().getApplicationPath();
        FilterRegistrationBean<CockpitVariableFilterGuard> registration = new FilterRegistrationBean<>(
                new CockpitVariableFilterGuard(webapps));
        registration.setName("sf-cockpit-variable-filters");
        registration.addUrlPatterns(webapps + "/api/cockpit/plugin/*");
        registration.setOrder(-70);
        return registration;
    }
}
