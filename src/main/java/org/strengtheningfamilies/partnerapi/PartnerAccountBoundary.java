package org.strengtheningfamilies.partnerapi;

import java.io.IOException;

import jakarta.annotation.Priority;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.rest.util.EngineUtil;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A partner-systems account uses /api/referrals and nothing else: the engine's REST API answers it
 * 403 whatever it asks (it has no engine permissions either), and the webapps (Tasklist, Cockpit,
 * Admin and the welcome page) refuse its login with 403, so it never holds a webapp session.
 */
public final class PartnerAccountBoundary {

    static final String REFUSAL = "{\"type\":\"Forbidden\",\"message\":\"Partner system accounts may use "
            + "/api/referrals only (see /api/docs), not the engine's REST API or the webapps.\"}";

    private PartnerAccountBoundary() {
    }

    static boolean isPartnerSystem(IdentityService identity, String userId) {
        return userId != null && identity.createUserQuery().userId(userId)
                .memberOfGroup(PartnerAccess.PARTNER_SYSTEMS).count() > 0;
    }

    /** Registered in Camunda's REST API (api.EngineRestConfig): runs after its HTTP Basic authentication. */
    @Provider
    @Priority(Priorities.AUTHORIZATION)
    public static class EngineRestRefusal implements ContainerRequestFilter {

        @Override
        public void filter(ContainerRequestContext request) {
            ProcessEngine engine = EngineUtil.lookupProcessEngine(null);
            Authentication caller = engine == null ? null : engine.getIdentityService().getCurrentAuthentication();
            if (caller != null && caller.getGroupIds() != null && caller.getGroupIds().contains(PartnerAccess.PARTNER_SYSTEMS)) {
                request.abortWith(Response.status(Response.Status.FORBIDDEN).type(MediaType.APPLICATION_JSON_TYPE)
                        .entity(REFUSAL).build());
            }
        }
    }

    /** On the webapps' login ({@code /camunda/api/admin/auth/user/{engine}/login/{app}}). */
    static class WebappLoginRefusal extends OncePerRequestFilter {

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
            if (isPartnerSystem(engine.getIdentityService(), request.getParameter("username"))) {
                response.setStatus(HttpServletResponse.SC_FORBIDDEN);
                response.setContentType("application/json");
                response.getWriter().write(REFUSAL);
                return;
            }
            chain.doFilter(request, response);
        }
    }
}
