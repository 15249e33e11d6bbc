package org.strengtheningfamilies.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.camunda.bpm.webapp.impl.security.filter.util.CsrfConstants;
import org.springframework.web.filter.OncePerRequestFilter;
import org.strengtheningfamilies.api.ErrorBody;

/**
 * The webapps refuse a change without its CSRF token, as Camunda's CsrfPreventionFilter does, but
 * without what that filter also does: invalidating the session. Otherwise any page on the web could
 * log a member of staff out by making their browser post to the application. The request is refused
 * here with 403 before Camunda's filter sees it; the user stays logged in.
 */
class CsrfWithoutLogout extends OncePerRequestFilter {

    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS", "TRACE");
    private final List<String> entryPoints;

    CsrfWithoutLogout(List<String> entryPoints) {
        this.entryPoints = entryPoints == null ? List.of() : List.copyOf(entryPoints);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session != null && !SAFE.contains(request.getMethod()) && !entryPoints.contains(requestedPath(request))
                && !carriesToken(request, session)) {
            response.setHeader(CsrfConstants.CSRF_TOKEN_HEADER_NAME, CsrfConstants.CSRF_TOKEN_HEADER_REQUIRED);
            ErrorBody.of("Forbidden", "This change was refused because it did not come from this application's own "
                    + "page (the security token is missing or wrong). Reload the page and try again.").write(response, 403);
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean carriesToken(HttpServletRequest request, HttpSession session) {
        Object expected = session.getAttribute(CsrfConstants.CSRF_TOKEN_SESSION_ATTR_NAME);
        String sent = request.getHeader(CsrfConstants.CSRF_TOKEN_HEADER_NAME);
        return expected != null && sent != null && MessageDigest.isEqual(
                expected.toString().getBytes(StandardCharsets.UTF_8), sent.getBytes(StandardCharsets.UTF_8));
    }

    private static String requestedPath(HttpServletRequest request) {
        String path = request.getServletPath();
        return request.getPathInfo() == null ? path : path + request.getPathInfo();
    }
}
