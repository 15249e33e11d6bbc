package org.strengtheningfamilies.api;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Family data must not linger in browser or proxy caches, nor be read as something other than it
 * is: every answer of /api and /engine-rest says {@code Cache-Control: no-store} and
 * {@code X-Content-Type-Options: nosniff}. (The webapps set their own, HttpHeaderSecurityFilter.)
 */
@Configuration
public class ApiResponseHeaders {

    @Bean
    public FilterRegistrationBean<OncePerRequestFilter> apiResponseHeadersFilter() {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                response.setHeader("X-Content-Type-Options", "nosniff");
                response.setHeader("Cache-Control", "no-store");
                chain.doFilter(request, new NoStore(response));
            }
        });
        registration.setName("sf-api-response-headers");
        registration.addUrlPatterns("/api/*", "/engine-rest/*");
        registration.setOrder(-110); // first, so that refusals carry them too
        return registration;
    }

    /** Camunda's REST API sets "no-cache" of its own: whatever is set, the answer says no-store. */
    static final class NoStore extends jakarta.servlet.http.HttpServletResponseWrapper {
        NoStore(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void setHeader(String name, String value) {
            super.setHeader(name, "Cache-Control".equalsIgnoreCase(name) ? "no-store" : value);
        }

        @Override
        public void addHeader(String name, String value) {
            if ("Cache-Control".equalsIgnoreCase(name)) {
                super.setHeader(name, "no-store");
            } else {
                super.addHeader(name, value);
            }
        }
    }
}
