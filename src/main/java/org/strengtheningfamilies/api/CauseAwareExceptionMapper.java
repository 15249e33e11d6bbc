package org.strengtheningfamilies.api;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;
import org.strengtheningfamilies.kernel.CaseDataException;

/**
 * The engine wraps what a listener throws ("exception while invoking the TaskListener") and
 * Camunda's REST API then answers 500, as if the server were at fault. When the cause is bad case
 * data the client gets 400, when it is a refusal (separation of duties) 403, and when two people
 * changed the same case at the same moment 409 for the one who lost (nothing of theirs was saved).
 * Everything else goes to Camunda's own handling.
 */
abstract class CauseAwareExceptionMapper<E extends Throwable> implements ExceptionMapper<E> {

    @Override
    public Response toResponse(E exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof CaseDataException caseData) {
                return answer(Response.Status.BAD_REQUEST, CaseDataException.class.getSimpleName(),
                        "Invalid case data: " + caseData.getMessage());
            }
            if (cause instanceof org.camunda.bpm.engine.OptimisticLockingException) {
                return answer(Response.Status.CONFLICT, "ConcurrentChange",
                        "Someone else changed this case at the same moment; nothing of this request was saved. "
                                + "Reload and try again if it is still needed.");
            }
            if (cause instanceof AuthorizationException refusal && cause != exception) {
                return answer(Response.Status.FORBIDDEN, AuthorizationException.class.getSimpleName(), refusal.getMessage());
            }
        }
        return camundaDefault(exception);
    }

    protected abstract Response camundaDefault(E exception);

    private static Response answer(Response.Status status, String type, String message) {
        ExceptionDto dto = new ExceptionDto();
        dto.setType(type);
        dto.setMessage(message);
        return Response.status(status).entity(dto).type(MediaType.APPLICATION_JSON_TYPE).build();
    }
}

/** For failures the REST resources wrap in a RestException (starting a case). */
@Provider
@Priority(1)
class RestExceptionMapper extends CauseAwareExceptionMapper<org.camunda.bpm.engine.rest.exception.RestException> {
    private final org.camunda.bpm.engine.rest.exception.RestExceptionHandler handler =
            new org.camunda.bpm.engine.rest.exception.RestExceptionHandler();

    @Override
    protected Response camundaDefault(org.camunda.bpm.engine.rest.exception.RestException exception) {
        return handler.toResponse(exception);
    }
}

/** For engine exceptions that reach the REST layer unwrapped (claiming, assigning a task). */
@Provider
@Priority(1)
class EngineExceptionMapper extends CauseAwareExceptionMapper<org.camunda.bpm.engine.ProcessEngineException> {
    private final org.camunda.bpm.engine.rest.exception.ProcessEngineExceptionHandler handler =
            new org.camunda.bpm.engine.rest.exception.ProcessEngineExceptionHandler();

    @Override
    protected Response camundaDefault(org.camunda.bpm.engine.ProcessEngineException exception) {
        return handler.toResponse(exception);
    }
}
