package org.strengtheningfamilies.partnerapi;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The partner API's refusals as the 4xx body of STATUS.md; an unreadable body is the client's mistake (400). */
@RestControllerAdvice(basePackageClasses = PartnerApiErrors.class)
@org.springframework.core.annotation.Order(0) // before the project-wide api.ApiErrors
class PartnerApiErrors {

    @ExceptionHandler(ApiError.Refusal.class)
    ResponseEntity<ApiError> refused(ApiError.Refusal refusal) {
        return ResponseEntity.status(refusal.status()).contentType(MediaType.APPLICATION_JSON).body(refusal.body());
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ApiError> unreadable(HttpMessageNotReadableException e) {
        return ResponseEntity.status(HttpStatus.BAD_REQUEST).contentType(MediaType.APPLICATION_JSON)
                .body(ApiError.of("UnreadableBody", "The body is not readable JSON: send a JSON object, as "
                        + "docs/partner-api.md shows."));
    }
}
