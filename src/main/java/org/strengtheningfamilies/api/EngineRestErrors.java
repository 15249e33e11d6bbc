package org.strengtheningfamilies.api;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * The engine's REST API (/engine-rest, and the webapps' copy under /camunda/api/engine that Tasklist
 * uses) answers every failure with the project's error body ({@link ClientErrors}) instead of
 * Camunda's, which answers 500 for a listener's refusal, names exception classes and passes SQL
 * through. One mapper per exception family Camunda maps itself, so that these win.
 */
public final class EngineRestErrors {

    private EngineRestErrors() {
    }

    /** The mappers, for registering with a Jersey application. */
    public static Class<?>[] providers() {
        return new Class<?>[] {Any.class, Engine.class, Rest.class, JsonParse.class, JsonMapping.class,
                WebApplication.class, OwnTasksOnlyOnDelete.class, JsonVariablesCheck.class};
    }

    private static final java.util.regex.Pattern COMPLETION =
            java.util.regex.Pattern.compile("^/?(?:engine/([^/]+)/)?task/([^/]+)/(?:complete|submit-form|resolve)/?$");

    static Response answer(Throwable failure, jakarta.ws.rs.core.UriInfo uri) {
        ClientErrors.Answer answer = ClientErrors.of(failure);
        if ((answer.status() == 403 || answer.status() >= 500) && completedMeanwhile(uri)) {
            // two people completed the same task at the same moment: the one who lost finds its grants gone
            answer = new ClientErrors.Answer(409, ErrorBody.of("ConcurrentChange", "Someone else completed this task at "
                    + "the same moment; nothing of this request was saved."));
        }
        return Response.status(answer.status()).entity(answer.body()).type(MediaType.APPLICATION_JSON_TYPE).build();
    }

    private static boolean completedMeanwhile(jakarta.ws.rs.core.UriInfo uri) {
        if (uri == null) {
            return false;
        }
        java.util.regex.Matcher completion = COMPLETION.matcher(uri.getPath(false));
        if (!completion.matches()) {
            return false;
        }
        org.camunda.bpm.engine.ProcessEngine engine = completion.group(1) != null
                ? org.camunda.bpm.engine.ProcessEngines.getProcessEngine(completion.group(1))
                : org.camunda.bpm.engine.ProcessEngines.getDefaultProcessEngine();
        if (engine == null) {
            return false;
        }
        org.camunda.bpm.engine.impl.identity.Authentication caller = engine.getIdentityService().getCurrentAuthentication();
        try {
            engine.getIdentityService().clearAuthentication();
            return engine.getTaskService().createTaskQuery().taskId(completion.group(2)).count() == 0
                    && engine.getHistoryService().createHistoricTaskInstanceQuery().taskId(completion.group(2)).finished().count() > 0;
        } finally {
            engine.getIdentityService().setAuthentication(caller);
        }
    }

    /** One mapper per exception family Camunda maps itself (Jersey picks the closest type), all answering alike. */
    abstract static class Mapper<E extends Throwable> implements ExceptionMapper<E> {
        @jakarta.ws.rs.core.Context
        jakarta.ws.rs.core.UriInfo uri;

        @Override
        public Response toResponse(E failure) {
            return answer(failure, uri);
        }
    }

    @Provider
    @Priority(1)
    public static class Any extends Mapper<Throwable> {
    }

    @Provider
    @Priority(1)
    public static class Engine extends Mapper<org.camunda.bpm.engine.ProcessEngineException> {
    }

    @Provider
    @Priority(1)
    public static class Rest extends Mapper<org.camunda.bpm.engine.rest.exception.RestException> {
    }

    @Provider
    @Priority(1)
    public static class JsonParse extends Mapper<com.fasterxml.jackson.core.JsonParseException> {
    }

    @Provider
    @Priority(1)
    public static class JsonMapping extends Mapper<com.fasterxml.jackson.databind.JsonMappingException> {
    }

    @Provider
    @Priority(1)
    public static class WebApplication extends Mapper<jakarta.ws.rs.WebApplicationException> {
    }
}
