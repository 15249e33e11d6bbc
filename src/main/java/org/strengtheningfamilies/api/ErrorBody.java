package org.strengtheningfamilies.api;

import java.io.IOException;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.strengtheningfamilies.kernel.Problem;

/**
 * The body of every client error from /engine-rest and /api (STATUS.md, "4xx error body"): a short
 * code, a plain sentence a member of staff can act on, and, when the error is about fields, each
 * field with its own message ({@code message} then joins them). Never SQL, class names or stack traces.
 * The engine's REST API (EngineRestErrors), the project's controllers (ApiErrors, {@link Refusal}) and
 * servlet filters ({@link #write}) all answer with it.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ErrorBody(String type, String message, List<Problem> problems) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public ErrorBody {
        problems = problems == null ? List.of() : List.copyOf(problems);
    }

    public static ErrorBody of(String type, String message) {
        return new ErrorBody(type, message, List.of());
    }

    public static ErrorBody ofProblems(String type, List<Problem> problems) {
        return new ErrorBody(type, Problem.join(problems), problems);
    }

    /** Answers a request from a servlet filter, before any controller. */
    public void write(HttpServletResponse response, int status) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(JSON.writeValueAsString(this));
    }

    /** A controller's refusal: answered with its status and body (by {@link ApiErrors}). */
    public static class Refusal extends RuntimeException {
        private final HttpStatus status;
        private final transient ErrorBody body;

        public Refusal(HttpStatus status, ErrorBody body) {
            super(body.message());
            this.status = status;
            this.body = body;
        }

        public HttpStatus status() {
            return status;
        }

        public ErrorBody body() {
            return body;
        }
    }
}
