package org.strengtheningfamilies.partnerapi;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.support.TransactionTemplate;
import org.strengtheningfamilies.kernel.CaseDataException;
import org.strengtheningfamilies.familycase.FamilyCaseVariables;
import org.strengtheningfamilies.kernel.Problem;
import org.strengtheningfamilies.api.ErrorBody.Refusal;
import org.strengtheningfamilies.programme.ProgrammePhases;
import org.strengtheningfamilies.referral.ReferralRules;
import org.strengtheningfamilies.api.ErrorBody;

/**
 * A referral made through the API starts family-case as the start form does: the same variables
 * through the engine's start-form submission, so the start listener applies the same rules, the same
 * business key and the same one-live-case check, and writes the same read model. The referral rules
 * also run before the start, only so that a partner hears every problem at once (shape and rules).
 * With an Idempotency-Key the key is taken first in the case's own transaction and answered with it.
 */
class Referrals {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7E]{1,255}");

    record Answer(int status, String body, String location, boolean replayed) {
    }

    private final ReferralForm form;
    private final ReferralRules rules;
    private final ProgrammePhases phases;
    private final FormService forms;
    private final RepositoryService repository;
    private final EngineAsSystem system;
    private final ReferralStatuses statuses;
    private final IdempotencyKeys keys;
    private final TransactionTemplate transaction;
    private final ObjectMapper json;
    private final PartnerApiProperties properties;
    private final Clock clock;

    Referrals(ReferralForm form, ReferralRules rules, ProgrammePhases phases, FormService forms, RepositoryService repository,
              EngineAsSystem system, ReferralStatuses statuses, IdempotencyKeys keys, TransactionTemplate transaction,
              ObjectMapper json, PartnerApiProperties properties, Clock clock) {
        this.form = form;
        this.rules = rules;
        this.phases = phases;
        this.forms = forms;
        this.repository = repository;
        this.system = system;
        this.statuses = statuses;
        this.keys = keys;
        this.transaction = transaction;
        this.json = json;
        this.properties = properties;
        this.clock = clock;
    }

    Answer refer(String caller, JsonNode body, String idempotencyKey) {
        if (idempotencyKey != null && !KEY.matcher(idempotencyKey).matches()) {
            throw new Refusal(HttpStatus.BAD_REQUEST, ErrorBody.ofProblems("InvalidRequest", List.of(new Problem(
                    IDEMPOTENCY_KEY, "The Idempotency-Key header must be 1 to 255 visible characters without spaces "
                            + "(a UUID is a good key)."))));
        }
        String fingerprint = ReferralRequest.fingerprint(body);
        if (idempotencyKey != null) {
            // a retry is answered as the first time, and a key reused for another referral refused, before any check
            Optional<Answer> earlier = replay(caller, idempotencyKey, fingerprint);
            if (earlier.isPresent()) {
                return earlier.get();
            }
        }
        ReferralRequest request = ReferralRequest.of(body, form);
        List<Problem> problems = new ArrayList<>(request.problems());
        if (body != null && body.isObject()) {
            // a field already refused for its shape is not reported again by the rules (as missing)
            java.util.Set<String> refused = new java.util.HashSet<>();
            request.problems().forEach(p -> refused.add(p.field()));
            rules.problemsOfReferral(request.variables(), phases.settings(phases.configured())).stream()
                    .filter(p -> p.field() == null || !refused.contains(p.field().split("[.\\[]")[0]))
                    .forEach(problems::add);
        }
        if (!problems.isEmpty()) {
            throw invalid(problems);
        }
        if (idempotencyKey == null) {
            return transaction.execute(tx -> start(caller, request, null, null));
        }
        for (int attempt = 0; attempt < 3; attempt++) {
            try {
                Answer answer = transaction.execute(tx -> {
                    keys.claim(caller, idempotencyKey, fingerprint, clock.instant());
                    return start(caller, request, idempotencyKey, fingerprint);
                });
                forgetOldKeys();
                return answer;
            } catch (DuplicateKeyException sameKeyAtTheSameMoment) {
                // another request with this key committed first (its claim made this one wait): replay its answer
                Optional<Answer> first = replay(caller, idempotencyKey, fingerprint);
                if (first.isPresent()) {
                    return first.get();
                }
            }
        }
        throw new IllegalStateException("Idempotency-Key " + idempotencyKey + " could be neither claimed nor replayed");
    }

    private Optional<Answer> replay(String caller, String key, String fingerprint) {
        return keys.find(caller, key).map(stored -> {
            if (!stored.requestHash().equals(fingerprint)) {
                throw new Refusal(HttpStatus.CONFLICT, ErrorBody.of("IdempotencyKeyReused", "This Idempotency-Key was "
                        + "already used for a different referral. Send a new key for a new referral; a retry must "
                        + "repeat the first request exactly."));
            }
            return new Answer(stored.status(), stored.body(), stored.location(), true);
        });
    }

    private Answer start(String caller, ReferralRequest request, String key, String fingerprint) {
        ProcessInstance started;
        try {
            started = system.call(() -> {
                ProcessDefinition definition = repository.createProcessDefinitionQuery()
                        .processDefinitionKey(FamilyCaseVariables.PROCESS_KEY).latestVersion().singleResult();
                return forms.submitStartForm(definition.getId(), request.familyRef(), request.variables());
            });
        } catch (RuntimeException e) {
            throw caseDataProblems(e).map(Referrals::invalid).orElseThrow(() -> e);
        }
        StatusAnswer status = statuses.of(started.getId());
        String location = "/api/referrals/" + status.familyRef();
        String body;
        try {
            body = json.writeValueAsString(status);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        if (key != null) {
            keys.answer(caller, key, 201, body, location);
        }
        return new Answer(201, body, location, false);
    }

    private void forgetOldKeys() {
        Instant cutoff = clock.instant().minus(properties.idempotencyRetention());
        keys.forgetOlderThan(cutoff);
    }

    private static Optional<List<Problem>> caseDataProblems(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof CaseDataException caseData) {
                return Optional.of(caseData.problems());
            }
        }
        return Optional.empty();
    }

    private static Refusal invalid(List<Problem> problems) {
        return new Refusal(HttpStatus.BAD_REQUEST, ErrorBody.ofProblems("InvalidReferral", problems));
    }
}
