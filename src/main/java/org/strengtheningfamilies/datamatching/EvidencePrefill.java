package org.strengtheningfamilies.datamatching;

import static org.strengtheningfamilies.datamatching.EvidencePrefillVariables.EVIDENCE_CORRECTION_REASON;
import static org.strengtheningfamilies.datamatching.EvidencePrefillVariables.EVIDENCE_PREFILL;
import static org.strengtheningfamilies.outcomes.OutcomeVariables.AFTER_ASB_INCIDENTS;
import static org.strengtheningfamilies.outcomes.OutcomeVariables.AFTER_YOUTH_OFFENCES;
import static org.strengtheningfamilies.outcomes.OutcomeVariables.BASELINE_ASB_INCIDENTS;
import static org.strengtheningfamilies.outcomes.OutcomeVariables.BASELINE_YOUTH_OFFENCES;
import static org.strengtheningfamilies.outcomes.OutcomeVariables.CHILDREN_EDUCATION;
import static org.strengtheningfamilies.outcomes.OutcomeVariables.CONTINUOUS_EMPLOYMENT_WEEKS;
import static org.strengtheningfamilies.outcomes.OutcomeVariables.NEED_OUTCOMES;
import static org.strengtheningfamilies.outcomes.OutcomeVariables.PROGRESS_TO_WORK;
import static org.strengtheningfamilies.referral.ReferralVariables.FAMILY_REF;
import static org.strengtheningfamilies.referral.ReferralVariables.HOUSEHOLD_MEMBERS;
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
import org.strengtheningfamilies.outcomes.NeedOutcome;
import org.strengtheningfamilies.programme.Need;
import org.strengtheningfamilies.programme.PhaseSettings;
import org.strengtheningfamilies.outcomes.ChildEducation;
import org.strengtheningfamilies.referral.HouseholdMember;

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

    /**
     * Fills in the evidence of the task's family from agency data, where the family was matched, and
     * lists the family's school-age children (from the referral's household) for their school figures:
     * by name, with the figures the agency data has for them.
     */
    public void prefill(VariableScope task) {
        // a previous round's pre-fill and reason do not belong to this one
        EVIDENCE_PREFILL.set(task, null);
        EVIDENCE_CORRECTION_REASON.set(task, null);
        String familyRef = FAMILY_REF.get(task);
        LocalDate attachment = ATTACHMENT_DATE.get(task);
        if (familyRef == null || attachment == null) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        Optional<DataEvidence> found = source.evidenceFor(familyRef, attachment, today);
        Map<ProcessVariable<?>, Object> values = new LinkedHashMap<>();
        List<ChildEducation> childrenFromData = found.map(DataEvidence::childrenEducation).orElse(List.of());
        found.ifPresent(evidence -> {
            values.put(BASELINE_ASB_INCIDENTS, evidence.baselineAsbIncidents());
            values.put(AFTER_ASB_INCIDENTS, evidence.afterAsbIncidents());
            values.put(BASELINE_YOUTH_OFFENCES, evidence.baselineYouthOffences());
            values.put(AFTER_YOUTH_OFFENCES, evidence.afterYouthOffences());
            if (!childrenFromData.isEmpty()) {
                values.put(CHILDREN_EDUCATION, childrenFromData);
            }
            values.put(PROGRESS_TO_WORK, evidence.progressToWork());
            values.put(CONTINUOUS_EMPLOYMENT_WEEKS, evidence.continuousEmploymentWeeks());
        });
        List<PrefilledValue> prefilled = new ArrayList<>();
        values.forEach((variable, value) -> {
            // what the key worker already gave (a revised claim comes back here) is theirs, not overwritten
            if (task.getVariable(variable.name()) == null) {
                setRaw(task, variable, value);
                prefilled.add(new PrefilledValue(variable.name(), JSON.valueToTree(value)));
            }
        });
        boolean childrenFilledFromData = prefilled.stream().anyMatch(p -> p.variable().equals(CHILDREN_EDUCATION.name()));
        if (childrenFilledFromData || task.getVariable(CHILDREN_EDUCATION.name()) == null) {
            // the school year that counts is the one at the end of the 6 months after (or today, if sooner)
            LocalDate schoolDay = today.isBefore(attachment.plusMonths(6)) ? today : attachment.plusMonths(6);
            // the household's children beside the data's rows; only the data's rows count as pre-filled (evidencePrefill)
            List<ChildEducation> children = schoolAgeChildren(task, schoolDay, childrenFilledFromData ? childrenFromData : List.of());
            if (!children.isEmpty()) {
                CHILDREN_EDUCATION.set(task, children);
            }
        }
        if (!prefilled.isEmpty()) {
            EVIDENCE_PREFILL.set(task, prefilled);
        }
    }

    /**
     * A later phase: the evidence of each identified need that an agency dataset shows (police and YOT,
     * schools, DWP), written into that need's row where the key worker has not yet given any; what was
     * pre-filled is listed in {@code evidencePrefill} ({@code needOutcomes.<code>.evidence}).
     */
    public void prefillNeeds(VariableScope task, PhaseSettings phase) {
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
        List<NeedOutcome> rows = new ArrayList<>(NEED_OUTCOMES.getOrDefault(task, List.of()));
        List<PrefilledValue> prefilled = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            NeedOutcome row = rows.get(i);
            if (row.evidence() != null && !row.evidence().isBlank()) {
                continue;
            }
            List<String> datasets = phase.need(row.need()).map(Need::datasets).orElse(List.of());
            String text = NeedEvidenceText.of(found.get(), datasets);
            if (!text.isEmpty()) {
                rows.set(i, row.withEvidence(text));
                prefilled.add(new PrefilledValue("needOutcomes." + row.need() + ".evidence", JSON.valueToTree(text)));
            }
        }
        if (!prefilled.isEmpty()) {
            NEED_OUTCOMES.set(task, rows);
            EVIDENCE_PREFILL.set(task, prefilled);
        }
    }

    /**
     * One row per school-age child of the household as the referral recorded it, in its order, with the
     * agency data's figures where they name the same child and empty figures otherwise; then any other
     * child the agency data has school figures for.
     */
    static List<ChildEducation> schoolAgeChildren(VariableScope task, LocalDate schoolDay, List<ChildEducation> fromData) {
        List<HouseholdMember> household;
        try {
            household = HOUSEHOLD_MEMBERS.getOrDefault(task, List.of());
        } catch (CaseDataException unreadable) {
            household = List.of(); // the referral's rules refuse it; nothing to list here
        }
        Map<String, ChildEducation> byName = new LinkedHashMap<>();
        fromData.forEach(child -> byName.putIfAbsent(Names.nameKey(child.name()), child));
        List<ChildEducation> children = new ArrayList<>();
        for (HouseholdMember member : household) {
            if (member != null && member.name() != null && !member.name().isBlank() && member.isSchoolAgeChildOn(schoolDay)) {
                ChildEducation known = byName.remove(Names.nameKey(member.name()));
                children.add(known != null ? known : ChildEducation.named(member.name().trim()));
            }
        }
        children.addAll(byName.values());
        return children;
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
            if (variable == CHILDREN_EDUCATION) {
                // the rows the agency data gave; a child added beside them, with figures typed in, is no correction
                after = sameChildren(before, after);
            }
            if (!Objects.equals(before, after)) {
                changed.add(new String[] {p.variable(), text(before), text(after)});
            }
        }
        if (changed.isEmpty()) {
            return;
        }
        String reason = EVIDENCE_CORRECTION_REASON.get(task);
        if (reason == null) {
            throw CaseDataException.of(EVIDENCE_CORRECTION_REASON.name(), "You changed figures pre-filled from agency data ("
                    + String.join("; ", changed.stream().map(EvidencePrefill::describeChange).toList())
                    + "): say why in “" + EVIDENCE_CORRECTION_REASON.label() + "”.");
        }
        for (String[] c : changed) {
            corrections.record(new EvidenceCorrections.Correction(FAMILY_REF.get(task), processInstanceId,
                    c[0], c[1], c[2], who, clock.instant(), reason));
        }
    }

    /** "ASB incidents, 6 months after: 2 to 3"; a list by its label only. */
    private static String describeChange(String[] change) {
        ProcessVariable<?> variable = PREFILLABLE.get(change[0]);
        if (variable == CHILDREN_EDUCATION) {
            return variable.label();
        }
        return variable.label() + ": " + (change[1] == null ? "empty" : change[1]) + " to "
                + (change[2] == null ? "empty" : change[2]);
    }

    /** The submitted rows of the children {@code prefilled} names, in its order (name keys compared). */
    private static JsonNode sameChildren(JsonNode prefilled, JsonNode submitted) {
        if (prefilled == null || !prefilled.isArray() || submitted == null || !submitted.isArray()) {
            return submitted;
        }
        Map<String, JsonNode> byName = new LinkedHashMap<>();
        submitted.forEach(row -> byName.putIfAbsent(Names.nameKey(row.path("name").asText(null)), row));
        com.fasterxml.jackson.databind.node.ArrayNode same = JSON.createArrayNode();
        prefilled.forEach(row -> {
            JsonNode kept = byName.get(Names.nameKey(row.path("name").asText(null)));
            if (kept != null) {
                same.add(kept);
            }
        });
        return same;
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
