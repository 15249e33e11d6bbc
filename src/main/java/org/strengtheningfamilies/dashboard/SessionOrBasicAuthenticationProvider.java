package org.strengtheningfamilies.dashboard;

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

/**
 * For the project's {@code /api/*}: HTTP Basic as before, or else the user logged in to the Camunda
 * webapps (Cockpit, Tasklist) in this HTTP session, so the Cockpit dashboard can call the reports
 * with the manager's own session. Only the user id is taken from the session: the filter looks up
 * the user's groups afresh, so the role checks see today's memberships, and a user deleted since
 * logging in is refused. Credentials sent with the request win over the session; wrong credentials
 * are a 401 even with a session.
 */
public class SessionOrBasicAuthenticationProvider implements AuthenticationProvider {

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

    @Override
    public void augmentResponseByAuthenticationChallenge(HttpServletResponse response, ProcessEngine engine) {
        basic.augmentResponseByAuthenticationChallenge(response, engine);
    }
}
