package org.strengtheningfamilies.api;

import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * The project's /api answers its failures with the same error body as the engine's REST API
 * ({@link ErrorBody}, {@link ClientErrors}): a plain message, each field's problem, and never the
 * exception, SQL or a stack trace.
 */
@RestControllerAdvice
@org.springframework.core.annotation.Order(org.springframework.core.Ordered.LOWEST_PRECEDENCE) // after any feature's own advice
public class ApiErrors {

    @ExceptionHandler(ErrorBody.Refusal.class)
    public ResponseEntity<ErrorBody> refused(ErrorBody.Refusal refusal) {
        ClientErrors.logRefusal(refusal.status().value(), refusal.body());
        return answer(new ClientErrors.Answer(refusal.status().value(), refusal.body()));
    }

    @ExceptionHandler(ResponseStatusException.class)
    public ResponseEntity<ErrorBody> status(ResponseStatusException e) {
        int status = e.getStatusCode().value();
        return answer(new ClientErrors.Answer(status, ErrorBody.of(ClientErrors.typeOf(status),
                ClientErrors.plain(e.getReason()))));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    public ResponseEntity<ErrorBody> wrongType(MethodArgumentTypeMismatchException e) {
        String expected = e.getRequiredType() == null ? "a different value"
                : Number.class.isAssignableFrom(box(e.getRequiredType())) ? "a whole number" : "a different value";
        return badRequest(e.getName() + " must be " + expected + " (was " + e.getValue() + ")");
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    public ResponseEntity<ErrorBody> missing(MissingServletRequestParameterException e) {
        return badRequest(e.getParameterName() + " is required");
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    public ResponseEntity<ErrorBody> unreadable(HttpMessageNotReadableException e) {
        if (e.getCause() instanceof com.fasterxml.jackson.core.JsonProcessingException json) {
            return answer(ClientErrors.of(json));
        }
        return answer(new ClientErrors.Answer(400, ErrorBody.of("InvalidJson", "The request body could not be read: send JSON")));
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    public ResponseEntity<ErrorBody> method(HttpRequestMethodNotSupportedException e) {
        return answer(new ClientErrors.Answer(405, ErrorBody.of("MethodNotAllowed", "This address does not take "
                + e.getMethod())));
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    public ResponseEntity<ErrorBody> mediaType(HttpMediaTypeNotSupportedException e) {
        return answer(new ClientErrors.Answer(415, ErrorBody.of("UnsupportedMediaType", "This address does not take "
                + e.getContentType())));
    }

    @ExceptionHandler(NoResourceFoundException.class)
    public ResponseEntity<ErrorBody> notFound(NoResourceFoundException e, jakarta.servlet.http.HttpServletRequest request)
            throws NoResourceFoundException {
        if (!request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            throw e; // the webapps' own pages and assets keep their usual answer
        }
        return answer(new ClientErrors.Answer(404, ErrorBody.of("NotFound", "There is nothing at this address")));
    }

    @ExceptionHandler(java.util.NoSuchElementException.class)
    public ResponseEntity<ErrorBody> noSuch(java.util.NoSuchElementException e) {
        return answer(new ClientErrors.Answer(404, ErrorBody.of("NotFound", ClientErrors.plain(e.getMessage()))));
    }

    @ExceptionHandler(Exception.class)
    public ResponseEntity<ErrorBody> any(Exception e) {
        return answer(ClientErrors.of(e));
    }

    private static ResponseEntity<ErrorBody> badRequest(String message) {
        return answer(new ClientErrors.Answer(400, ErrorBody.of("BadRequest", message)));
    }

    private static ResponseEntity<ErrorBody> answer(ClientErrors.Answer answer) {
        return ResponseEntity.status(HttpStatusCode.valueOf(answer.status())).contentType(MediaType.APPLICATION_JSON)
                .body(answer.body());
    }

    private static Class<?> box(Class<?> type) {
        if (!type.isPrimitive()) {
            return type;
        }
        return type == int.class ? Integer.class : type == long.class ? Long.class : type == double.class ? Double.class
                : type == short.class ? Short.class : type == byte.class ? Byte.class : type == float.class ? Float.class : type;
    }
}
