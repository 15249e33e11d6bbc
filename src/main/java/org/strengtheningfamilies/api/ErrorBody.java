package org.strengtheningfamilies.api;

import java.io.IOException;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import org.strengtheningfamilies.kernel.CaseDataException;

/**
 * The body of every client error from /engine-rest and /api (STATUS.md, "4xx error body"): a short
 * code, a plain sentence a member of staff can act on, and, when the error is about fields, each
 * field with its own message ({@code message} then joins them). Never SQL, class names or stack traces.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ErrorBody(String type, String message, List<CaseDataException.Problem> problems) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public ErrorBody {
        problems = problems == null ? List.of() : List.copyOf(problems);
    }

    public static ErrorBody of(String type, String message) {
        return new ErrorBody(type, message, List.of());
    }

    public static ErrorBody ofProblems(String type, List<CaseDataException.Problem> problems) {
        return new ErrorBody(type, String.join("; ", problems.stream().map(CaseDataException.Problem::message).toList()),
                problems);
    }

    /** Answers a request from a servlet filter, before any controller. */
    public void write(HttpServletResponse response, int status) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(JSON.writeValueAsString(this));
    }
}
