package org.strengtheningfamilies.api;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.camunda.bpm.engine.rest.dto.ExceptionDto;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;
import org.strengtheningfamilies.familycase.CaseDataException;

/**
 * Camunda's REST API answers a start that fails validation with 500, as if the server were at
 * fault; bad case data is the client's mistake, so it gets 400 with the message naming the field.
 */
@Provider
@Priority(1)
public class CaseDataExceptionMapper implements ExceptionMapper<RestException> {

    private final RestExceptionHandler camundaDefault = new RestExceptionHandler();

    @Override
    public Response toResponse(RestException exception) {
        CaseDataException caseData = caseDataCause(exception);
        if (caseData == null) {
            return camundaDefault.toResponse(exception);
        }
        ExceptionDto dto = new ExceptionDto();
        dto.setType(CaseDataException.class.getSimpleName());
        // the engine's wrappers ("exception while invoking the TaskListener") only hide the point
        dto.setMessage("Invalid case data: " + caseData.getMessage());
        return Response.status(Response.Status.BAD_REQUEST).entity(dto).type(MediaType.APPLICATION_JSON_TYPE).build();
    }

    private static CaseDataException caseDataCause(Throwable t) {
        for (Throwable cause = t; cause != null; cause = cause.getCause()) {
            if (cause instanceof CaseDataException caseData) {
                return caseData;
            }
        }
        return null;
    }
}
