package org.strengtheningfamilies.partnerapi;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.strengtheningfamilies.api.ErrorBody;

/**
 * An unreadable body sent to the partner API is the client's mistake (400), answered with a pointer to
 * the API's documentation; its other refusals are {@link ErrorBody.Refusal}s, which api.ApiErrors answers.
 */
@RestControllerAdvice(basePackageClasses = PartnerApiErrors.class)
@org.springframework.core.annotation.Order(0) // before the project-wide api.ApiErrors
class PartnerApiErrors {

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ErrorBody> unreadable(HttpMessageNotReadableException e) {
        return ResponseEntity.status(HttpStatus.BAD_REQUEST).contentType(MediaType.APPLICATION_JSON)
                .body(ErrorBody.of("UnreadableBody", "The body is not readable JSON: send a JSON object, as "
                        + "docs/partner-api.md shows."));
    }
}
