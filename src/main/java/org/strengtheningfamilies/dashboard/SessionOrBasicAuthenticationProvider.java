package org.strengtheningfamilies.dashboard;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationProvider;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.filter.util.CsrfConstants;

/**
 * For the project's {@code /api/*}: HTTP Basic as before, or else the user logged in to the Camunda
 * webapps (Cockpit, Tasklist) in this HTTP session, so the Cockpit dashboard can call the reports
 * with the manager's own session. Only the user id is taken from the session: the filter looks up
 * the user's groups afresh, so the role checks see today's memberships, and a user deleted since
 * logging in is refused. Credentials sent with the request win over the session; wrong credentials
 * are a 401 even with a session. A request that may change something (not GET, HEAD or OPTIONS) is
 * only authenticated by the session with the session's CSRF token in X-XSRF-TOKEN, as the webapps
 * send it.
 */
public class SessionOrBasicAuthenticationProvider implements AuthenticationProvider {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    private final HttpBasicAuthenticationProvider basic = new HttpBasicAuthenticationProvider();

    @Override
    public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
        if (request.getHeader("Authorization") != null) {
            return basic.extractAuthenticatedUser(request, engine);
        }
        HttpSession session = request.getSession(false);
        if (session == null) {
            return AuthenticationResult.unsuccessful();
        }
        if (!SAFE_METHODS.contains(request.getMethod()) && !carriesSessionCsrfToken(request, session)) {
            // a change made with the session cookie alone could come from another site
            return AuthenticationResult.unsuccessful();
        }
        Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
        Authentication webappUser = authentications == null ? null
                : authentications.getAuthenticationForProcessEngine(engine.getName());
        if (webappUser == null || webappUser.getIdentityId() == null) {
            return AuthenticationResult.unsuccessful();
        }
        String userId = webappUser.getIdentityId();
        if (engine.getIdentityService().createUserQuery().userId(userId).count() == 0) {
            return AuthenticationResult.unsuccessful(userId);
        }
        return AuthenticationResult.successful(userId);
    }

    /** The webapps' own CSRF protection: the token Cockpit and Tasklist send back in the X-XSRF-TOKEN header. */
    private static boolean carriesSessionCsrfToken(HttpServletRequest request, HttpSession session) {
        Object expected = session.getAttribute(CsrfConstants.CSRF_TOKEN_SESSION_ATTR_NAME);
        String sent = request.getHeader(CsrfConstants.CSRF_TOKEN_HEADER_NAME);
        return expected != null && sent != null && MessageDigest.isEqual(
                expected.toString().getBytes(StandardCharsets.UTF_8), sent.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void augmentResponseByAuthenticationChallenge(HttpServletResponse response, ProcessEngine engine) {
        basic.augmentResponseByAuthenticationChallenge(response, engine);
    }
}
