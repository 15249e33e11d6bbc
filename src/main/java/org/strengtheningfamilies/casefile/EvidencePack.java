package org.strengtheningfamilies.casefile;

import static org.strengtheningfamilies.familycase.FamilyCaseElements.TASK_ASSESS_OUTCOMES;
import static org.strengtheningfamilies.familycase.FamilyCaseElements.TASK_VERIFY_OUTCOMES;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.strengtheningfamilies.allocation.AllocationVariables;
import org.strengtheningfamilies.datamatching.EvidencePrefillVariables;
import org.strengtheningfamilies.outcomes.OutcomeVariables;
import org.strengtheningfamilies.panel.LeadService;
import org.strengtheningfamilies.panel.PanelVariables;
import org.strengtheningfamilies.support.SupportVariables;

/**
 * What internal audit checks a claim against, gathered for each of a family's claims: the case's phase,
 * programme year and attachment date; every result the assessment recorded with the evidence behind it;
 * the evidence as the key worker verified it, what was pre-filled from agency data and every correction
 * with who and why; the audit decision and reason; the claim's reference, amount and the claim return it
 * went in. Results and evidence are listed as the case recorded them, so a later phase's needs and
 * outcomes appear without a change here.
 */
class EvidencePack {

    /** The results of the 2012–15 rules and the evidence each rests on; other results point to all the evidence. */
    static final Map<String, List<String>> EVIDENCE_OF_RESULT = Map.of(
            OutcomeVariables.EDUCATION_RESULT.name(), List.of(OutcomeVariables.CHILDREN_EDUCATION.name()),
            OutcomeVariables.ASB_RESULT.name(), List.of(OutcomeVariables.BASELINE_ASB_INCIDENTS.name(),
                    OutcomeVariables.AFTER_ASB_INCIDENTS.name()),
            OutcomeVariables.OFFENDING_RESULT.name(), List.of(OutcomeVariables.BASELINE_YOUTH_OFFENCES.name(),
                    OutcomeVariables.AFTER_YOUTH_OFFENCES.name()),
            OutcomeVariables.CRIME_ASB_EDUCATION_RESULT.name(), List.of(OutcomeVariables.EDUCATION_RESULT.name(),
                    OutcomeVariables.ASB_RESULT.name(), OutcomeVariables.OFFENDING_RESULT.name()),
            OutcomeVariables.PROGRESS_TO_WORK_RESULT.name(), List.of(OutcomeVariables.PROGRESS_TO_WORK.name()),
            OutcomeVariables.CONTINUOUS_EMPLOYMENT_RESULT.name(), List.of(OutcomeVariables.CONTINUOUS_EMPLOYMENT_WEEKS.name()));

    /**
     * The case's programme phase (DESIGN.md section 10), set at referral; a case referred before phases
     * were recorded has none and is one of the 2012-15 programme's.
     */
    static final org.strengtheningfamilies.kernel.ProcessVariable<String> PROGRAMME_PHASE =
            org.strengtheningfamilies.kernel.ProcessVariable.string("programmePhase");
    static final String FIRST_PHASE = "TF_2012";

    /** Recorded at verification but not evidence. */
    private static final Set<String> NOT_EVIDENCE = Set.of(EvidencePrefillVariables.EVIDENCE_CORRECTION_REASON.name(),
            EvidencePrefillVariables.EVIDENCE_PREFILL.name());

    /** A value as the case recorded it: the variable's name and its value in plain text. */
    record Value(String variable, String value) {
    }

    record Result(String variable, String value, List<Value> evidence) {
    }

    record ClaimPack(String familyRef, String phase, Integer programmeYear, LocalDate attachmentDate, String leadService,
                     String keyWorker, CaseRecords.Claim claim, List<Result> results, List<Value> evidence,
                     String verifiedBy, Instant verifiedAt, List<Value> prefilled, List<CaseRecords.Correction> corrections) {
    }

    private final CaseHistory history;
    private final CaseRecords records;

    EvidencePack(CaseHistory history, CaseRecords records) {
        this.history = history;
        this.records = records;
    }

    /** One pack per claim of the family, oldest first; empty when it has none. */
    List<ClaimPack> of(String familyRef) {
        List<CaseHistory.Case> cases = history.of(familyRef);
        List<CaseRecords.Correction> corrections = records.corrections(familyRef);
        List<ClaimPack> packs = new ArrayList<>();
        for (CaseRecords.Claim claim : records.claims(familyRef)) {
            CaseHistory.Case c = cases.stream().filter(k -> k.instance().getId().equals(claim.processInstanceId()))
                    .findFirst().orElse(null);
            if (c == null) {
                continue;
            }
            Date claimed = Date.from(claim.createdAt());
            Optional<HistoricActivityInstance> assessment = last(c, TASK_ASSESS_OUTCOMES, claimed);
            Optional<HistoricTaskInstance> verification = c.tasks().stream()
                    .filter(t -> TASK_VERIFY_OUTCOMES.equals(t.getTaskDefinitionKey()) && "completed".equals(t.getDeleteReason())
                            && !t.getEndTime().after(claimed))
                    .reduce((first, second) -> second);
            Map<String, Value> evidence = new LinkedHashMap<>();
            verification.ifPresent(task -> c.updatesBetween(task.getStartTime(), task.getEndTime()).stream()
                    .filter(u -> !NOT_EVIDENCE.contains(u.getVariableName()) && u.getValue() != null)
                    .forEach(u -> evidence.put(u.getVariableName(), new Value(u.getVariableName(), text(u.getValue())))));
            List<Result> results = new ArrayList<>();
            assessment.ifPresent(a -> {
                Map<String, Value> recorded = new LinkedHashMap<>();
                for (HistoricVariableUpdate u : c.updatesBetween(a.getStartTime(), a.getEndTime())) {
                    recorded.put(u.getVariableName(), new Value(u.getVariableName(), text(u.getValue())));
                }
                recorded.values().stream().filter(v -> isResult(v.variable())).forEach(v -> {
                    List<String> behind = EVIDENCE_OF_RESULT.getOrDefault(v.variable(), List.copyOf(evidence.keySet()));
                    List<Value> values = new ArrayList<>();
                    for (String name : behind) {
                        Value value = evidence.containsKey(name) ? evidence.get(name) : recorded.get(name);
                        if (value != null) {
                            values.add(value);
                        }
                    }
                    results.add(new Result(v.variable(), v.value(), values));
                });
            });
            List<Value> prefilled = verification.flatMap(task -> c.valueSetBetween(EvidencePrefillVariables.EVIDENCE_PREFILL,
                    task.getStartTime(), task.getEndTime())).orElse(List.of()).stream()
                    .map(p -> new Value(p.variable(), p.value() == null ? "" : p.value().toString())).toList();
            Date until = c.instance().getEndTime() == null ? claimed : c.instance().getEndTime();
            packs.add(new ClaimPack(familyRef, c.lastValue(PROGRAMME_PHASE).orElse(FIRST_PHASE), claim.programmeYear(),
                    c.valueSetBetween(SupportVariables.ATTACHMENT_DATE, c.instance().getStartTime(), until).orElse(null),
                    c.valueSetBetween(PanelVariables.LEAD_SERVICE, c.instance().getStartTime(), until)
                            .map(LeadService::displayName).orElse(null),
                    c.valueSetBetween(AllocationVariables.KEY_WORKER, c.instance().getStartTime(), until).orElse(null),
                    claim, results, List.copyOf(evidence.values()),
                    verification.map(c::whoCompleted).orElse(null), verification.map(t -> t.getEndTime().toInstant()).orElse(null),
                    prefilled, corrections.stream().filter(k -> k.processInstanceId().equals(c.instance().getId())
                            && !k.correctedAt().isAfter(claim.createdAt())).toList()));
        }
        return packs;
    }

    /** Names ending in "Result", and the overall outcomes of any phase. */
    static boolean isResult(String variable) {
        return variable.endsWith("Result") || variable.equals(OutcomeVariables.TURNED_AROUND.name())
                || variable.equals("successfulFamilyOutcome") || variable.equals("needOutcomes")
                || variable.equals("outcomesSustained");
    }

    private static Optional<HistoricActivityInstance> last(CaseHistory.Case c, String activityId, Date before) {
        return c.activities().stream().filter(a -> activityId.equals(a.getActivityId()) && a.getEndTime() != null
                && !a.getEndTime().after(before)).reduce((first, second) -> second);
    }

    /** A recorded value in plain text; a JSON list an item a line, each item's fields named. */
    static String text(Object raw) {
        if (raw instanceof Boolean b) {
            return b ? "yes" : "no";
        }
        String text = raw == null ? "" : raw.toString();
        if (!text.startsWith("[") && !text.startsWith("{")) {
            return text;
        }
        try {
            com.fasterxml.jackson.databind.JsonNode node = JSON.readTree(text);
            List<String> lines = new ArrayList<>();
            for (com.fasterxml.jackson.databind.JsonNode item : node.isArray() ? node : List.of(node)) {
                if (item.isObject()) {
                    List<String> fields = new ArrayList<>();
                    item.fields().forEachRemaining(f -> fields.add(Chronology.label(f.getKey()) + " " + f.getValue().asText()));
                    lines.add(String.join(", ", fields));
                } else {
                    lines.add(item.asText());
                }
            }
            return String.join("\n", lines);
        } catch (java.io.IOException notJson) {
            return text;
        }
    }

    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

}
