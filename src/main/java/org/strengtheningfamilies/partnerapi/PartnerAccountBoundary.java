package org.strengtheningfamilies.partnerapi;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.annotation.Priority;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.PathSegment;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.rest.util.EngineUtil;
import org.springframework.web.filter.OncePerRequestFilter;
import org.strengtheningfamilies.api.CachedBody;
import org.strengtheningfamilies.api.ErrorBody;

/**
 * A partner-systems account uses /api/referrals and nothing else: the engine's REST API answers it
 * 403 whatever it asks (it has no engine permissions either), and the webapps (Tasklist, Cockpit,
 * Admin and the welcome page) refuse its login with 403, so it never holds a webapp session.
 */
public final class PartnerAccountBoundary {

    static final ErrorBody REFUSAL = ErrorBody.of("Forbidden", "Partner system accounts may use /api/referrals only "
            + "(see /api/docs), not the engine's REST API or the webapps.");

    private PartnerAccountBoundary() {
    }

    static boolean isPartnerSystem(IdentityService identity, String userId) {
        return userId != null && identity.createUserQuery().userId(userId)
                .memberOfGroup(PartnerAccess.PARTNER_SYSTEMS).count() > 0;
    }

    /**
     * Registered in Camunda's REST API by a Jersey customizer (PartnerApiConfiguration): runs after its HTTP Basic authentication
     * (a servlet filter) and before Jersey matches the path, whose sub-resource locators already query
     * the engine (and would answer 404 for what the account may not see).
     */
    @Provider
    @PreMatching
    @Priority(Priorities.AUTHORIZATION)
    public static class EngineRestRefusal implements ContainerRequestFilter {

        @Override
        public void filter(ContainerRequestContext request) {
            // the engine the request addresses (/engine/{name}/…, else the default), on which the HTTP
            // Basic filter has set the caller
            List<String> path = request.getUriInfo().getPathSegments().stream().map(PathSegment::getPath).toList();
            String engineName = path.size() > 1 && "engine".equals(path.get(0)) ? path.get(1) : null;
            ProcessEngine engine = EngineUtil.lookupProcessEngine(engineName);
            Authentication caller = engine == null ? null : engine.getIdentityService().getCurrentAuthentication();
            if (caller != null && caller.getGroupIds() != null && caller.getGroupIds().contains(PartnerAccess.PARTNER_SYSTEMS)) {
                request.abortWith(Response.status(Response.Status.FORBIDDEN).type(MediaType.APPLICATION_JSON_TYPE)
                        .entity(REFUSAL).build()); // written by the REST API's Jackson provider
            }
        }
    }

    /** On the webapps' login ({@code /camunda/api/admin/auth/user/{engine}/login/{app}}). */
    static class WebappLoginRefusal extends OncePerRequestFilter {

        private static final int MAX_LOGIN_BODY = 16 * 1024;
        private static final ErrorBody TOO_LONG = ErrorBody.of("PayloadTooLarge",
                "A login form is a user name and a password: this one is longer than 16 KB.");

        private final ProcessEngine engine;

        WebappLoginRefusal(ProcessEngine engine) {
            this.engine = engine;
        }

        @Override
        protected boolean shouldNotFilter(HttpServletRequest request) {
            return !"POST".equals(request.getMethod()) || !request.getRequestURI().contains("/login/");
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            // the login form is read here from a copy of its body, so the webapp's own resource reads it as sent
            CachedBody login = CachedBody.read(request, MAX_LOGIN_BODY);
            if (login == null) {
                TOO_LONG.write(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
                return;
            }
            if (isPartnerSystem(engine.getIdentityService(), username(login.body()))) {
                REFUSAL.write(response, HttpServletResponse.SC_FORBIDDEN);
                return;
            }
            chain.doFilter(login, response);
        }

        private static String username(byte[] form) {
            for (String pair : new String(form, StandardCharsets.ISO_8859_1).split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0 && "username".equals(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8))) {
                    return URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                }
            }
            return null;
        }
    }
}
