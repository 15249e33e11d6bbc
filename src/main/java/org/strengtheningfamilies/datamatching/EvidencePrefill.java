package org.strengtheningfamilies.datamatching;

import static org.strengtheningfamilies.datamatching.EvidencePrefillVariables.EVIDENCE_CORRECTION_REASON;
import static org.strengtheningfamilies.datamatching.EvidencePrefillVariables.EVIDENCE_PREFILL;
import static org.strengtheningfamilies.outcomes.OutcomeVariables.AFTER_ASB_INCIDENTS;
import static org.strengtheningfamilies.outcomes.OutcomeVariables.AFTER_YOUTH_OFFENCES;
import static org.strengtheningfamilies.outcomes.OutcomeVariables.BASELINE_ASB_INCIDENTS;
import static org.strengtheningfamilies.outcomes.OutcomeVariables.BASELINE_YOUTH_OFFENCES;
import static org.strengtheningfamilies.outcomes.OutcomeVariables.CHILDREN_EDUCATION;
import static org.strengtheningfamilies.outcomes.OutcomeVariables.CONTINUOUS_EMPLOYMENT_WEEKS;
import static org.strengtheningfamilies.outcomes.OutcomeVariables.PROGRESS_TO_WORK;
import static org.strengtheningfamilies.referral.ReferralVariables.FAMILY_REF;
import static org.strengtheningfamilies.support.SupportVariables.ATTACHMENT_DATE;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.strengtheningfamilies.kernel.CaseDataException;
import org.strengtheningfamilies.kernel.ProcessVariable;

/**
 * The outcome evidence of a family found by data matching. Pre-fill: the evidence variables not yet
 * given are taken from the agency data of the family's matched household, and what was pre-filled is
 * kept in {@code evidencePrefill}; a family not found by matching gets nothing (the form stays empty).
 * Corrections: every pre-filled value the key worker changed needs {@code evidenceCorrectionReason}
 * and is kept with who, when and why.
 */
public class EvidencePrefill {

    /** The evidence of a family's matched household, when the family was matched. */
    @FunctionalInterface
    public interface EvidenceSource {
        Optional<DataEvidence> evidenceFor(String familyRef, LocalDate attachmentDate, LocalDate asAt);
    }

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule());

    /** The variables a pre-fill can give, so the only ones a correction can be about. */
    private static final Map<String, ProcessVariable<?>> PREFILLABLE = new LinkedHashMap<>();

    static {
        for (ProcessVariable<?> variable : List.of(BASELINE_ASB_INCIDENTS, AFTER_ASB_INCIDENTS, BASELINE_YOUTH_OFFENCES,
                AFTER_YOUTH_OFFENCES, CHILDREN_EDUCATION, PROGRESS_TO_WORK, CONTINUOUS_EMPLOYMENT_WEEKS)) {
            PREFILLABLE.put(variable.name(), variable);
        }
    }

    private final EvidenceSource source;
    private final EvidenceCorrections corrections;
    private final Clock clock;

    public EvidencePrefill(EvidenceSource source, EvidenceCorrections corrections, Clock clock) {
        this.source = source;
        this.corrections = corrections;
        this.clock = clock;
    }

    /** Fills in the evidence of the task's family from agency data, where the family was matched. */
    public void prefill(VariableScope task) {
        // a previous round's pre-fill and reason do not belong to this one
        EVIDENCE_PREFILL.set(task, null);
        EVIDENCE_CORRECTION_REASON.set(task, null);
        String familyRef = FAMILY_REF.get(task);
        LocalDate attachment = ATTACHMENT_DATE.get(task);
        if (familyRef == null || attachment == null) {
            return;
        }
        Optional<DataEvidence> found = source.evidenceFor(familyRef, attachment, LocalDate.now(clock));
        if (found.isEmpty()) {
            return;
        }
        DataEvidence evidence = found.get();
        Map<ProcessVariable<?>, Object> values = new LinkedHashMap<>();
        values.put(BASELINE_ASB_INCIDENTS, evidence.baselineAsbIncidents());
        values.put(AFTER_ASB_INCIDENTS, evidence.afterAsbIncidents());
        values.put(BASELINE_YOUTH_OFFENCES, evidence.baselineYouthOffences());
        values.put(AFTER_YOUTH_OFFENCES, evidence.afterYouthOffences());
        if (!evidence.childrenEducation().isEmpty()) {
            values.put(CHILDREN_EDUCATION, evidence.childrenEducation());
        }
        values.put(PROGRESS_TO_WORK, evidence.progressToWork());
        values.put(CONTINUOUS_EMPLOYMENT_WEEKS, evidence.continuousEmploymentWeeks());
        List<PrefilledValue> prefilled = new ArrayList<>();
        values.forEach((variable, value) -> {
            // what the key worker already gave (a revised claim comes back here) is theirs, not overwritten
            if (task.getVariable(variable.name()) == null) {
                setRaw(task, variable, value);
                prefilled.add(new PrefilledValue(variable.name(), JSON.valueToTree(value)));
            }
        });
        if (!prefilled.isEmpty()) {
            EVIDENCE_PREFILL.set(task, prefilled);
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> void setRaw(VariableScope task, ProcessVariable<T> variable, Object value) {
        variable.set(task, (T) value);
    }

    /**
     * Keeps every pre-filled value that {@code who} changed as a correction, or refuses the submission
     * when a value changed without {@code evidenceCorrectionReason}.
     */
    public void recordCorrections(VariableScope task, String processInstanceId, String who) {
        List<PrefilledValue> prefilled = EVIDENCE_PREFILL.get(task);
        if (prefilled == null || prefilled.isEmpty()) {
            return;
        }
        List<String[]> changed = new ArrayList<>();
        for (PrefilledValue p : prefilled) {
            ProcessVariable<?> variable = PREFILLABLE.get(p.variable());
            if (variable == null) {
                continue;
            }
            JsonNode before = normalise(variable, p.value());
            JsonNode after = normalise(variable, task.getVariable(p.variable()));
            if (!Objects.equals(before, after)) {
                changed.add(new String[] {p.variable(), text(before), text(after)});
            }
        }
        if (changed.isEmpty()) {
            return;
        }
        String reason = EVIDENCE_CORRECTION_REASON.get(task);
        if (reason == null) {
            throw new CaseDataException(List.of("evidenceCorrectionReason is required: values pre-filled from agency"
                    + " data were changed (" + String.join(", ", changed.stream()
                    .map(c -> c[0] + " " + c[1] + " -> " + c[2]).toList()) + ")"));
        }
        for (String[] c : changed) {
            corrections.record(new EvidenceCorrections.Correction(FAMILY_REF.get(task), processInstanceId,
                    c[0], c[1], c[2], who, clock.instant(), reason));
        }
    }

    /** The value as the contract reads it (3 and 3.0 and "3" alike), as JSON for comparing. */
    private static JsonNode normalise(ProcessVariable<?> variable, Object raw) {
        if (raw instanceof JsonNode node) {
            raw = node.isNull() ? null : JSON.convertValue(node, Object.class);
        }
        Object value;
        try {
            value = variable.convert(raw);
        } catch (CaseDataException e) {
            // the task's validation reports it; compare as given
            value = raw;
        }
        return JSON.valueToTree(value);
    }

    private static String text(JsonNode node) {
        try {
            return node == null || node.isNull() ? null : JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
