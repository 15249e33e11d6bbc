package org.strengtheningfamilies.partnerapi;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.springframework.http.HttpStatus;

/**
 * The 4xx body every client error of /api and /engine-rest answers with (STATUS.md's contract):
 * a short type, a message a member of staff can act on and, for errors about fields, each problem
 * with its field; the message then joins the problems' messages.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ApiError(String type, String message, List<FieldProblem> problems) {

    public record FieldProblem(String field, String message) {

        private static final Pattern LEADING_FIELD =
                Pattern.compile("^([A-Za-z][A-Za-z0-9_]*(?:\\[\\d+])?(?:\\.[A-Za-z][A-Za-z0-9_]*)?)\\b");

        /** A rule's problem names its field first ("householdMembers[2].gender is required"). */
        public static FieldProblem of(String problem) {
            Matcher m = LEADING_FIELD.matcher(problem);
            return new FieldProblem(m.find() ? m.group(1) : null, problem);
        }
    }

    public static ApiError of(String type, String message) {
        return new ApiError(type, message, null);
    }

    public static ApiError ofProblems(String type, List<FieldProblem> problems) {
        return new ApiError(type, String.join("; ", problems.stream().map(FieldProblem::message).toList()), problems);
    }

    /** An error answered with its status; thrown by the partner API's controllers. */
    public static class Refusal extends RuntimeException {
        private final HttpStatus status;
        private final transient ApiError body;

        public Refusal(HttpStatus status, ApiError body) {
            super(body.message());
            this.status = status;
            this.body = body;
        }

        public HttpStatus status() {
            return status;
        }

        public ApiError body() {
            return body;
        }
    }
}
