package org.strengtheningfamilies.security;

import java.io.IOException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.springframework.web.filter.OncePerRequestFilter;
import org.strengtheningfamilies.api.CachedBody;
import org.strengtheningfamilies.api.ErrorBody;

/**
 * Cockpit's own queries ({@code /camunda/api/cockpit/plugin/base/{engine}/process-instance} and its
 * count, and a definition's called-process-definitions) take variable filters too, and run outside
 * the engine's query checks ({@link VariableFilterAuthorizations} cannot see them). A search by
 * variable values there is answered only for users who may read those variables on the process in
 * question (READ_INSTANCE_VARIABLE); others get 403, naming the reason. Searches without variables
 * pass untouched.
 */
class CockpitVariableFilterGuard extends OncePerRequestFilter {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern QUERY = Pattern.compile(
            "/api/cockpit/plugin/base/([^/]+)/(?:process-instance(?:/count)?|process-definition/([^/]+)/called-process-definitions)/?");
    private static final int MAX_QUERY = 1024 * 1024;

    private final String webappsPath;

    CockpitVariableFilterGuard(String webappsPath) {
        this.webappsPath = webappsPath;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Matcher query = path.startsWith(webappsPath) ? QUERY.matcher(path.substring(webappsPath.length())) : null;
        if (query == null || !query.matches()) {
            chain.doFilter(request, response);
            return;
        }
        HttpServletRequest forwarded = request;
        String definitionId = query.group(2);
        boolean variables;
        if ("GET".equals(request.getMethod())) {
            variables = notBlank(request.getParameter("variables"));
            definitionId = definitionId != null ? definitionId : firstNonBlank(request.getParameter("processDefinitionId"),
                    request.getParameter("parentProcessDefinitionId"));
        } else {
            CachedBody body = CachedBody.read(request, MAX_QUERY);
            if (body == null) {
                ErrorBody.of("RequestTooLarge", "A search is never this large").write(response, 413);
                return;
            }
            forwarded = body;
            JsonNode json = parse(body.text());
            // what cannot be read here is treated as a search by variables
            variables = json == null || !json.path("variables").isMissingNode() && !json.path("variables").isNull()
                    && !(json.path("variables").isArray() && json.path("variables").isEmpty());
            json = json == null ? JSON.createObjectNode() : json;
            definitionId = definitionId != null ? definitionId : firstNonBlank(json.path("processDefinitionId").asText(null),
                    json.path("parentProcessDefinitionId").asText(null));
        }
        if (variables && !mayReadVariables(request, query.group(1), definitionId)) {
            ErrorBody.of("Forbidden", "Searching by the values of variables needs permission to read them, and you "
                    + "may not read the case data of these processes").write(response, 403);
            return;
        }
        chain.doFilter(forwarded, response);
    }

    private static boolean mayReadVariables(HttpServletRequest request, String engineName, String definitionId) {
        ProcessEngine engine = ProcessEngines.getProcessEngine(engineName);
        HttpSession session = request.getSession(false);
        Authentications authentications = session == null ? null : AuthenticationUtil.getAuthsFromSession(session);
        Authentication user = authentications == null ? null : authentications.getAuthenticationForProcessEngine(engineName);
        if (engine == null || user == null || user.getIdentityId() == null) {
            return false;
        }
        String userId = user.getIdentityId();
        List<String> groups = engine.getIdentityService().createGroupQuery().groupMember(userId).list().stream()
                .map(Group::getId).toList();
        String resource = Authorization.ANY;
        if (definitionId != null) {
            ProcessDefinition definition = engine.getRepositoryService().createProcessDefinitionQuery()
                    .processDefinitionId(definitionId).singleResult();
            if (definition == null) {
                return false;
            }
            resource = definition.getKey();
        }
        return engine.getAuthorizationService().isUserAuthorized(userId, groups,
                ProcessDefinitionPermissions.READ_INSTANCE_VARIABLE, Resources.PROCESS_DEFINITION, resource);
    }

    private static JsonNode parse(String text) {
        try {
            return text.isBlank() ? JSON.createObjectNode() : JSON.readTree(text);
        } catch (IOException e) {
            return null;
        }
    }

    private static boolean notBlank(String value) {
        return value != null && !value.isBlank();
    }

    private static String firstNonBlank(String a, String b) {
        return notBlank(a) ? a : notBlank(b) ? b : null;
    }
}
