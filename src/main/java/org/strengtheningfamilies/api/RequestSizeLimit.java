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
 * No case needs megabytes of JSON: a body larger than sf.api.max-request-bytes (default 1 MiB) is
 * refused with 413 before anything parses it, so it can neither fill the heap nor reach the engine.
 * A body of declared length is judged by its Content-Length; a chunked one (no length) is read up
 * to the limit, and refused as soon as it goes past it. Agency data imports are exempt.
 */
@Configuration
class RequestSizeLimit {

    @Bean
    public FilterRegistrationBean<OncePerRequestFilter> requestSizeLimitFilter(
            @Value("${sf.api.max-request-bytes:1048576}") long maxBytes,
            @Value("${camunda.bpm.webapp.application-path:/camunda}") String webapps) {
        OncePerRequestFilter filter = new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                long declared = request.getContentLengthLong();
                if (declared > maxBytes) {
                    tooLarge(response, maxBytes);
                    return;
                }
                if (declared < 0 && hasBody(request)) {
                    CachedBody body = CachedBody.read(request, maxBytes);
                    if (body == null) {
                        tooLarge(response, maxBytes);
                        return;
                    }
                    chain.doFilter(body, response);
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
        registration.addUrlPatterns("/engine-rest/*", "/api/*", webapps + "/api/*");
        registration.setOrder(-100); // before authentication: a huge body is refused unread
        return registration;
    }

    private static boolean hasBody(HttpServletRequest request) {
        return request.getHeader("Transfer-Encoding") != null || !("GET".equals(request.getMethod())
                || "HEAD".equals(request.getMethod()) || "OPTIONS".equals(request.getMethod()) || "DELETE".equals(request.getMethod()));
    }

    private static void tooLarge(HttpServletResponse response, long maxBytes) throws IOException {
        response.setHeader("Connection", "close");
        ErrorBody.of("RequestTooLarge", String.format("The request body must be at most %,d bytes", maxBytes))
                .write(response, 413);
    }
}
