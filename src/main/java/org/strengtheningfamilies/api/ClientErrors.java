package org.strengtheningfamilies.api;

import java.sql.SQLException;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.exception.NotAllowedException;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.exception.NotValidException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.strengtheningfamilies.kernel.CaseDataException;

/**
 * What a failed request answers (the 4xx error body of STATUS.md): the client's mistakes and
 * refusals are 4xx with a plain message and, for case data, each field's problem; only the server's
 * own faults are 500, with a reference to the log and nothing of the fault itself. Used by the
 * engine's REST API (both copies) and by the project's /api.
 */
public final class ClientErrors {

    private static final Logger LOG = LoggerFactory.getLogger(ClientErrors.class);

    /** A status and the body to send with it; a server fault carries the reference it is logged under. */
    public record Answer(int status, ErrorBody body, String reference) {
        public Answer(int status, ErrorBody body) {
            this(status, body, null);
        }
    }

    private static final Pattern ENGINE_CODE = Pattern.compile("\\b[A-Z]+(?:-[A-Z]+)*-\\d{5}\\s*");
    private static final Pattern QUALIFIED_CLASS = Pattern.compile("\\b(?:[a-z_][a-z0-9_]*\\.)+([A-Z][A-Za-z0-9_$]*)");
    private static final int MAX_MESSAGE = 600;

    private ClientErrors() {
    }

    /** The answer to a failed request, logged: a refusal at INFO, a fault of the server at ERROR with its reference. */
    public static Answer of(Throwable failure) {
        Answer answer = classify(failure);
        if (answer.status() >= 500) {
            LOG.error("Request failed on the server (reference {})", answer.reference(), failure);
        } else {
            logRefusal(answer.status(), answer.body());
        }
        return answer;
    }

    /** A refusal is the client's business: logged at INFO, never as an error. */
    static void logRefusal(int status, ErrorBody body) {
        LOG.info("Refused ({} {}): {}", status, body.type(), body.message());
    }

    /** Whether the failure is the client's (a 4xx), not the server's. */
    public static boolean isClientFault(Throwable failure) {
        return classify(failure).status() < 500;
    }

    static Answer classify(Throwable failure) {
        Answer cause = fromCauses(failure);
        return cause != null ? cause : direct(failure);
    }

    /** What lies under the engine's wrapping (a listener's exception arrives inside "Exception while invoking…"). */
    private static Answer fromCauses(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof CaseDataException caseData) {
                return new Answer(400, ErrorBody.ofProblems("InvalidCaseData", caseData.problems()));
            }
            if (cause instanceof OptimisticLockingException) {
                return concurrentChange();
            }
            if (cause instanceof AuthorizationException refusal) {
                return new Answer(403, ErrorBody.of("Forbidden", plain(refusal.getMessage())));
            }
            if (cause instanceof FormFieldValidationException invalid) {
                return new Answer(400, ErrorBody.of("InvalidCaseData", plain(invalid.getMessage())));
            }
            if (cause instanceof JsonProcessingException json) {
                return new Answer(400, ErrorBody.of("InvalidJson", "The request is not valid JSON: "
                        + plain(jsonProblem(json.getOriginalMessage())) + location(json)));
            }
            if (cause.getClass().getName().startsWith("org.camunda.spin.") && cause.getClass().getSimpleName().contains("DataFormat")) {
                return new Answer(400, ErrorBody.of("InvalidJson", "A JSON value in the request is not valid JSON"));
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("22")) {
                // data exception (value too long, out of range): the request carried what cannot be stored
                return new Answer(400, ErrorBody.of("InvalidValue", "A value in the request is too long or out of "
                        + "range to be stored; nothing was saved"));
            }
        }
        return null;
    }

    private static Answer direct(Throwable failure) {
        if (failure instanceof RestException rest) {
            // Camunda's resources wrap what the engine threw ("Cannot complete task …") and call it a 500
            if (rest.getCause() != null && rest.getCause() != rest) {
                Answer inner = classify(rest.getCause());
                if (inner.status() < 500) {
                    return inner;
                }
            }
            if (rest.getStatus() != null && rest.getStatus().getStatusCode() < 500) {
                return new Answer(rest.getStatus().getStatusCode(), ErrorBody.of(typeOf(rest.getStatus().getStatusCode()),
                        plain(rest.getMessage())));
            }
        }
        if (failure instanceof jakarta.ws.rs.WebApplicationException web) {
            int status = web.getResponse().getStatus();
            return new Answer(status, ErrorBody.of(typeOf(status), status == 404 ? "There is nothing at this address"
                    : status == 405 ? "This address does not take that method"
                    : status == 415 ? "Send the request body as JSON (Content-Type: application/json)"
                    : status == 406 ? "This address answers JSON only" : plain(web.getMessage())));
        }
        if (failure instanceof org.camunda.bpm.engine.TaskAlreadyClaimedException claimed) {
            return new Answer(409, ErrorBody.of("AlreadyClaimed", "Someone else has claimed this task already"));
        }
        // a second completion racing the first finds the case's executions already gone
        if (failure instanceof ProcessEngineException racing && racing.getMessage() != null
                && (racing.getMessage().contains("list of executions is empty")
                || racing.getMessage().contains("was updated by another transaction concurrently"))) {
            return concurrentChange();
        }
        if (failure instanceof NullValueException missing && isNotFound(missing.getMessage())) {
            return new Answer(404, ErrorBody.of("NotFound", notFound(missing.getMessage())));
        }
        if (failure instanceof NotFoundException notFound) {
            return new Answer(404, ErrorBody.of("NotFound", plain(notFound.getMessage())));
        }
        if (failure instanceof NotAllowedException notAllowed) {
            return new Answer(403, ErrorBody.of("Forbidden", plain(notAllowed.getMessage())));
        }
        if (failure instanceof BadUserRequestException || failure instanceof NotValidException
                || failure instanceof NullValueException || failure instanceof MismatchingMessageCorrelationException) {
            return new Answer(400, ErrorBody.of("BadRequest", plain(failure.getMessage())));
        }
        if (failure instanceof ProcessEngineException engine && engine.getMessage() != null) {
            String message = engine.getMessage();
            if (message.contains("cannot be deleted because is part of a running process")) {
                return new Answer(403, ErrorBody.of("Forbidden", "A task of a case cannot be deleted: complete it instead"));
            }
        }
        if (failure instanceof IllegalArgumentException || failure instanceof ArithmeticException) {
            return new Answer(400, ErrorBody.of("BadRequest", plain(failure.getMessage())));
        }
        String reference = UUID.randomUUID().toString().substring(0, 8);
        return new Answer(500, ErrorBody.of("ServerError", "Something went wrong on the server and nothing of this "
                + "request was saved. Please try again; if it happens again, quote reference " + reference + "."), reference);
    }

    private static Answer concurrentChange() {
        return new Answer(409, ErrorBody.of("ConcurrentChange", "Someone else changed this case or completed this "
                + "task at the same moment; nothing of this request was saved. Reload and try again if it is still needed."));
    }

    private static boolean isNotFound(String message) {
        return message != null && message.toLowerCase(Locale.ROOT).matches("(?s).*(cannot find|no .* found|does not exist|doesn't exist|is null).*")
                && !message.contains("Message is null");
    }

    /** "Cannot find task with id X: task is null" becomes a sentence that also covers a task done already. */
    private static String notFound(String message) {
        java.util.regex.Matcher task = Pattern.compile("(?i)cannot find task with id ([^:\\s]+)").matcher(message);
        if (task.find()) {
            return "There is no open task " + task.group(1) + " you may work on: it may have been completed already";
        }
        return plain(message);
    }

    static String typeOf(int status) {
        return switch (status) {
            case 400 -> "BadRequest";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "NotFound";
            case 405 -> "MethodNotAllowed";
            case 406 -> "NotAcceptable";
            case 409 -> "Conflict";
            case 413 -> "RequestTooLarge";
            case 415 -> "UnsupportedMediaType";
            case 429 -> "TooManyRequests";
            default -> status >= 500 ? "ServerError" : "ClientError";
        };
    }

    /** A message for people: no engine codes, no package names, one line, not too long. */
    public static String plain(String message) {
        if (message == null || message.isBlank()) {
            return "The request could not be carried out";
        }
        String text = message.lines().findFirst().orElse("").strip();
        text = ENGINE_CODE.matcher(text).replaceAll("");
        text = QUALIFIED_CLASS.matcher(text).replaceAll("$1");
        if (text.length() > MAX_MESSAGE) {
            text = text.substring(0, MAX_MESSAGE) + "…";
        }
        return text.isBlank() ? "The request could not be carried out" : text;
    }

    /** Jackson's own description without its pointer into the source ("(start marker at [Source: …])"). */
    private static String jsonProblem(String message) {
        if (message == null) {
            return "it cannot be read";
        }
        int cut = message.indexOf(" (");
        int source = message.indexOf(" at [Source");
        int end = Math.min(cut < 0 ? message.length() : cut, source < 0 ? message.length() : source);
        return message.substring(0, end);
    }

    private static String location(JsonProcessingException json) {
        return json.getLocation() == null ? "" : " (line " + json.getLocation().getLineNr() + ", column "
                + json.getLocation().getColumnNr() + ")";
    }
}
