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
                WebApplication.class, OwnTasksOnlyOnDelete.class};
    }

    static Response answer(Throwable failure) {
        ClientErrors.Answer answer = ClientErrors.of(failure);
        return Response.status(answer.status()).entity(answer.body()).type(MediaType.APPLICATION_JSON_TYPE).build();
    }

    @Provider
    @Priority(1)
    public static class Any implements ExceptionMapper<Throwable> {
        @Override
        public Response toResponse(Throwable failure) {
            return answer(failure);
        }
    }

    @Provider
    @Priority(1)
    public static class Engine implements ExceptionMapper<org.camunda.bpm.engine.ProcessEngineException> {
        @Override
        public Response toResponse(org.camunda.bpm.engine.ProcessEngineException failure) {
            return answer(failure);
        }
    }

    @Provider
    @Priority(1)
    public static class Rest implements ExceptionMapper<org.camunda.bpm.engine.rest.exception.RestException> {
        @Override
        public Response toResponse(org.camunda.bpm.engine.rest.exception.RestException failure) {
            return answer(failure);
        }
    }

    @Provider
    @Priority(1)
    public static class JsonParse implements ExceptionMapper<com.fasterxml.jackson.core.JsonParseException> {
        @Override
        public Response toResponse(com.fasterxml.jackson.core.JsonParseException failure) {
            return answer(failure);
        }
    }

    @Provider
    @Priority(1)
    public static class JsonMapping implements ExceptionMapper<com.fasterxml.jackson.databind.JsonMappingException> {
        @Override
        public Response toResponse(com.fasterxml.jackson.databind.JsonMappingException failure) {
            return answer(failure);
        }
    }

    @Provider
    @Priority(1)
    public static class WebApplication implements ExceptionMapper<jakarta.ws.rs.WebApplicationException> {
        @Override
        public Response toResponse(jakarta.ws.rs.WebApplicationException failure) {
            return answer(failure);
        }
    }
}
