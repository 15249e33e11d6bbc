package org.strengtheningfamilies.api;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * No case needs megabytes of JSON: a body declared larger than sf.api.max-request-bytes (default
 * 1 MiB) is refused with 413 before it is read, so it can neither fill the heap nor reach the engine.
 * (A chunked body of unknown length is not checked here.) Agency data imports are exempt.
 */
@Configuration
class RequestSizeLimit {

    @Bean
    public FilterRegistrationBean<OncePerRequestFilter> requestSizeLimitFilter(
            @Value("${sf.api.max-request-bytes:1048576}") long maxBytes) {
        OncePerRequestFilter filter = new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                if (request.getContentLengthLong() > maxBytes) {
                    response.setStatus(413);
                    response.setContentType("application/json");
                    response.getWriter().write("{\"type\":\"RequestTooLarge\",\"message\":\"The request body must be at most "
                            + maxBytes + " bytes\"}");
                    return;
                }
                chain.doFilter(request, response);
            }

            // Agency data files are large by nature and are streamed, never held (agencydata.ImportController).
            @Override
            protected boolean shouldNotFilter(HttpServletRequest request) {
                return "POST".equals(request.getMethod())
                        && request.getRequestURI().startsWith(request.getContextPath() + "/api/imports/");
            }
        };
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(filter);
        registration.setName("sf-request-size-limit");
        registration.addUrlPatterns("/engine-rest/*", "/api/*");
        registration.setOrder(-100); // before authentication: a huge body is refused unread
        return registration;
    }
}
