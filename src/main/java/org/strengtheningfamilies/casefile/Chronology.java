package org.strengtheningfamilies.casefile;

import static org.strengtheningfamilies.familycase.FamilyCaseElements.*;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.strengtheningfamilies.allocation.AllocationVariables;
import org.strengtheningfamilies.datamatching.EvidencePrefillVariables;
import org.strengtheningfamilies.datamatching.HouseholdTimeline;
import org.strengtheningfamilies.familycase.FamilyCaseVariables;
import org.strengtheningfamilies.familyplan.FamilyPlanVariables;
import org.strengtheningfamilies.familyplan.PlanAction;
import org.strengtheningfamilies.identification.IdentificationVariables;
import org.strengtheningfamilies.outcomes.ChildEducation;
import org.strengtheningfamilies.outcomes.OutcomeVariables;
import org.strengtheningfamilies.panel.LeadService;
import org.strengtheningfamilies.panel.PanelVariables;
import org.strengtheningfamilies.payment.PaymentVariables;
import org.strengtheningfamilies.referral.ReferralVariables;
import org.strengtheningfamilies.support.SupportVariables;

/**
 * A family's chronology, oldest first: every step of each of its cases as the product recorded it
 * (the engine's history: who did each task and what they recorded; the claims, audit decisions,
 * returns and evidence corrections in the programme's tables) and the agency data of its matched
 * household. Built when asked for, from those records, rather than kept in a table of its own:
 * docs/casework.md says why.
 */
class Chronology {

    /** The categories in the order of a case's life. */
    static final List<String> LIFE = List.of("AGENCY_DATA", "REFERRAL", "IDENTIFICATION", "PANEL", "ALLOCATION",
            "CONSENT", "TAF", "PLAN", "SUPPORT", "REVIEW", "EVIDENCE", "OUTCOMES", "STEP", "AUDIT", "CLAIM", "CLOSURE");

    private final CaseHistory history;
    private final CaseRecords records;
    private final HouseholdTimeline agencyData;
    private final Clock clock;

    Chronology(CaseHistory history, CaseRecords records, HouseholdTimeline agencyData, Clock clock) {
        this.history = history;
        this.records = records;
        this.agencyData = agencyData;
        this.clock = clock;
    }

    /** Empty when the product knows nothing of the family. */
    List<ChronologyEntry> of(String familyRef) {
        List<ChronologyEntry> entries = new ArrayList<>();
        List<CaseHistory.Case> cases = history.of(familyRef);
        for (CaseHistory.Case c : cases) {
            caseEntries(c, entries);
        }
        if (!cases.isEmpty()) {
            claimEntries(familyRef, entries);
            for (CaseRecords.Correction correction : records.corrections(familyRef)) {
                entries.add(new ChronologyEntry(day(correction.correctedAt()), correction.correctedAt(), "EVIDENCE",
                        "Pre-filled " + correction.variable() + " corrected from " + correction.prefilledValue() + " to "
                                + correction.submittedValue() + ". Reason: " + correction.reason(),
                        correction.correctedBy()));
            }
            for (HouseholdTimeline.AgencyEvent event : agencyData.of(familyRef)) {
                entries.add(new ChronologyEntry(event.on(), null, "AGENCY_DATA", event.what() + " (" + event.person() + ")",
                        event.source()));
            }
        }
        // steps recorded in the same instant (one command) are told in the order of a case's life
        entries.sort(Comparator.comparing(ChronologyEntry::on)
                .thenComparing(ChronologyEntry::recordedAt, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(e -> LIFE.indexOf(e.category())));
        return entries;
    }

    private void caseEntries(CaseHistory.Case c, List<ChronologyEntry> out) {
        var instance = c.instance();
        Date start = instance.getStartTime();
        boolean retrospective = Boolean.TRUE.equals(c.firstValue(ReferralVariables.RETROSPECTIVE).orElse(false));
        String agency = c.firstValue(ReferralVariables.REFERRING_AGENCY).map(a -> words(a.name())).orElse("an agency");
        String referrer = instance.getStartUserId() != null ? instance.getStartUserId() : "system";
        out.add(entry(start, "REFERRAL", retrospective
                ? "Referred retrospectively (previously worked with), attached on "
                + c.firstValue(SupportVariables.ATTACHMENT_DATE).map(LocalDate::toString).orElse("an earlier date")
                : "Referred by " + agency, referrer));

        java.util.Map<String, HistoricTaskInstance> tasksById = c.tasks().stream()
                .collect(Collectors.toMap(HistoricTaskInstance::getId, t -> t, (a, b) -> a));
        int planVersion = 0;
        for (HistoricActivityInstance activity : c.activities()) {
            HistoricTaskInstance task = activity.getTaskId() == null ? null : tasksById.get(activity.getTaskId());
            if (task != null) {
                if (TASK_AGREE_FAMILY_PLAN.equals(task.getTaskDefinitionKey()) && "completed".equals(task.getDeleteReason())) {
                    planVersion++;
                }
                taskEntries(c, task, planVersion, out);
                continue;
            }
            if (activity.getEndTime() == null) {
                continue;
            }
            Date from = activity.getStartTime();
            Date to = activity.getEndTime();
            switch (activity.getActivityId()) {
                case TASK_DECIDE_ROUTE -> c.valueSetBetween(IdentificationVariables.IDENTIFICATION_ROUTE, from, to)
                        .ifPresent(route -> out.add(entry(to, "IDENTIFICATION", "Identification route: " + route(route.name()), "system")));
                case END_EVENT_SIGNPOSTED -> out.add(entry(to, "IDENTIFICATION", "Not eligible: signposted to other services", "system"));
                case TASK_ALLOCATE_KEY_WORKER -> {
                    Optional<String> worker = c.valueSetBetween(AllocationVariables.KEY_WORKER, from, to);
                    if (worker.isPresent()) {
                        String service = c.valueSetBetween(PanelVariables.LEAD_SERVICE, c.instance().getStartTime(), to)
                                .map(LeadService::displayName).orElse("the lead service");
                        out.add(entry(to, "ALLOCATION", "Key worker " + worker.get() + " allocated (" + service + ")", "system"));
                    }
                }
                case BOUNDARY_EVENT_NO_CAPACITY -> out.add(entry(to, "ALLOCATION",
                        "No key worker of the lead service had a free place: waiting for capacity", "system"));
                case BOUNDARY_EVENT_CAPACITY_FREED -> out.add(entry(to, "ALLOCATION", "A key worker place was freed", "system"));
                case TASK_RECORD_ATTACHMENT -> c.lastValue(SupportVariables.ATTACHMENT_DATE).ifPresent(date -> out.add(
                        new ChronologyEntry(date, CaseHistory.instant(to), "PLAN", "Attached to the programme on " + date
                                + c.valueSetBetween(PaymentVariables.PROGRAMME_YEAR, from, to).map(y -> " (programme year " + y + ")")
                                .orElse(""), "system")));
                case TASK_STEP_UP_TO_SOCIAL_CARE -> out.add(entry(to, "SUPPORT",
                        "Stepped up to Children's Social Care (level 4): the key worker's place was given back", "system"));
                case INTERMEDIATE_EVENT_SUPPORT_PERIOD_ENDED -> out.add(entry(to, "SUPPORT", "Support period ended", "system"));
                case TASK_ASSESS_OUTCOMES -> out.add(entry(to, "OUTCOMES", "Outcomes assessed: " + results(c, from, to), "system"));
                case TASK_CALCULATE_CLAIM -> c.valueSetBetween(PaymentVariables.CLAIM_AMOUNT_PENCE, from, to)
                        .filter(pence -> pence == 0).ifPresent(none -> out.add(entry(to, "CLAIM", "Nothing to claim", "system")));
                case TASK_START_FURTHER_SUPPORT -> out.add(entry(to, "SUPPORT", "Further support period started"
                        + c.valueSetBetween(SupportVariables.SUPPORT_PERIODS, from, to).map(n -> " (period " + n + ")").orElse(""),
                        "system"));
                default -> {
                    // other elements (gateways, flows, events) carry nothing a reader needs
                }
            }
        }
        if (instance.getEndTime() != null) {
            String outcome = c.lastValue(FamilyCaseVariables.CASE_OUTCOME).orElse("CANCELLED");
            out.add(entry(instance.getEndTime(), "CLOSURE", "Case closed: " + outcome(outcome), "system"));
        }
    }

    private void taskEntries(CaseHistory.Case c, HistoricTaskInstance task, int planVersion, List<ChronologyEntry> out) {
        Date from = task.getStartTime();
        Date to = task.getEndTime();
        if (TASK_VERIFY_OUTCOMES.equals(task.getTaskDefinitionKey())) {
            c.valueSetBetween(EvidencePrefillVariables.EVIDENCE_PREFILL, from, to == null ? from : to)
                    .filter(p -> !p.isEmpty()).ifPresent(prefilled -> out.add(entry(from, "EVIDENCE",
                            "Evidence pre-filled from agency data: " + prefilled.stream().map(p -> p.variable())
                                    .collect(Collectors.joining(", ")), "system")));
        }
        if (TASK_AWAIT_CAPACITY.equals(task.getTaskDefinitionKey())) {
            return; // the waiting and the freed place are told by the allocation's own entries
        }
        if (to == null || !"completed".equals(task.getDeleteReason())) {
            return; // open, or ended by the case moving on without it (a timer, a boundary event)
        }
        String who = c.whoCompleted(task);
        switch (task.getTaskDefinitionKey()) {
            case TASK_PANEL_VALIDATION -> c.valueSetBetween(PanelVariables.PANEL_DECISION, from, to).ifPresent(decision -> {
                String reason = c.valueSetBetween(PanelVariables.PANEL_REASON, from, to).map(r -> ". Reason: " + r).orElse("");
                String text = switch (decision) {
                    case ACCEPT -> "Panel accepted the family: level of need "
                            + c.valueSetBetween(PanelVariables.NEED_LEVEL, from, to).map(String::valueOf).orElse("?")
                            + ", lead service " + c.valueSetBetween(PanelVariables.LEAD_SERVICE, from, to)
                            .map(LeadService::displayName).orElse("?") + reason;
                    case REJECT -> "Panel rejected the referral" + reason;
                    case MORE_INFO -> "Panel asked the referrer for more information" + reason;
                };
                out.add(entry(to, "PANEL", text, who));
            });
            case TASK_PROVIDE_MORE_INFORMATION -> out.add(entry(to, "REFERRAL", "More information given to the panel", who));
            case TASK_SEEK_CONSENT -> c.valueSetBetween(SupportVariables.CONSENT_GIVEN, from, to).ifPresent(given ->
                    out.add(entry(to, "CONSENT", (given ? "Consent given" : "Consent refused")
                            + c.valueSetBetween(SupportVariables.CONSENT_NOTES, from, to).map(n -> ": " + n).orElse(""), who)));
            case TASK_HOLD_TAF_MEETING -> {
                LocalDate held = c.valueSetBetween(FamilyPlanVariables.TAF_DATE, from, to).orElse(day(to));
                String attendees = c.valueSetBetween(FamilyPlanVariables.TAF_ATTENDEES, from, to)
                        .map(list -> list.stream().map(Chronology::words).collect(Collectors.joining(", "))).orElse("");
                String needs = c.valueSetBetween(FamilyPlanVariables.TAF_NEEDS, from, to).map(n -> ". Needs found: " + n).orElse("");
                out.add(new ChronologyEntry(held, CaseHistory.instant(to), "TAF", "Team Around the Family meeting held"
                        + (attendees.isEmpty() ? "" : " with " + attendees) + needs, who));
            }
            case TASK_AGREE_FAMILY_PLAN -> {
                List<PlanAction> actions = c.valueSetBetween(FamilyPlanVariables.PLAN_ACTIONS, from, to).orElse(List.of());
                boolean signed = c.valueSetBetween(FamilyPlanVariables.PLAN_SIGNED_BY_ALL, from, to).orElse(false);
                String list = actions.stream().filter(Objects::nonNull)
                        .map(a -> a.action() + " (" + a.owner() + ", by " + a.dueDate() + ")").collect(Collectors.joining("; "));
                LocalDate on = signed ? c.valueSetBetween(SupportVariables.ATTACHMENT_DATE, from, to).orElse(day(to)) : day(to);
                out.add(new ChronologyEntry(on, CaseHistory.instant(to), "PLAN", "Family plan version " + planVersion + ", "
                        + actions.size() + (actions.size() == 1 ? " action" : " actions") + (list.isEmpty() ? "" : ": " + list)
                        + (signed ? ". Signed by all family members and organisations"
                        : ". Not signed by all: to be revised" + c.valueSetBetween(FamilyPlanVariables.PLAN_REVISION_NOTES, from, to)
                        .map(n -> " (" + n + ")").orElse("")), who));
            }
            case TASK_MONTHLY_REVIEW -> out.add(entry(to, "REVIEW", "Monthly review: engagement "
                    + c.valueSetBetween(SupportVariables.REVIEW_ENGAGEMENT, from, to).map(e -> words(e.name())).orElse("not recorded")
                    + c.valueSetBetween(SupportVariables.REVIEW_PROGRESS, from, to).map(p -> ". Progress: " + p).orElse("")
                    + c.valueSetBetween(SupportVariables.REVIEW_CONCERNS, from, to).map(p -> ". Concerns: " + p).orElse(""), who));
            case TASK_SUPPORT_FAMILY -> c.valueSetBetween(SupportVariables.SUPPORT_ACTION, from, to).ifPresent(action ->
                    out.add(entry(to, "SUPPORT", switch (action) {
                        case STEP_UP -> "Step-up to Children's Social Care requested";
                        case DISENGAGED -> "Disengagement reported to the coordinator";
                    } + c.valueSetBetween(SupportVariables.SUPPORT_ACTION_REASON, from, to).map(r -> ": " + r).orElse(""), who)));
            case TASK_REVIEW_DISENGAGEMENT -> c.valueSetBetween(SupportVariables.DISENGAGEMENT_DECISION, from, to).ifPresent(d ->
                    out.add(entry(to, "SUPPORT", "Coordinator's decision on disengagement: " + words(d.name())
                            + c.valueSetBetween(SupportVariables.DISENGAGEMENT_NOTES, from, to).map(n -> ". " + n).orElse(""), who)));
            case TASK_VERIFY_OUTCOMES -> out.add(entry(to, "EVIDENCE", "Outcome evidence verified: " + evidence(c, from, to), who));
            case TASK_AUDIT_CLAIM -> c.valueSetBetween(PaymentVariables.AUDIT_DECISION, from, to).ifPresent(d ->
                    out.add(entry(to, "AUDIT", "Claim " + d.name().toLowerCase(Locale.ROOT) + " by internal audit"
                            + c.valueSetBetween(PaymentVariables.AUDIT_REASON, from, to).map(r -> ". Reason: " + r).orElse(""), who)));
            case TASK_REVIEW_REJECTED_CLAIM -> c.valueSetBetween(PaymentVariables.REJECTED_CLAIM_DECISION, from, to).ifPresent(d ->
                    out.add(entry(to, "AUDIT", "Coordinator on the rejected claim: " + words(d.name()), who)));
            case TASK_DECIDE_FURTHER_SUPPORT -> c.valueSetBetween(SupportVariables.FURTHER_SUPPORT_DECISION, from, to).ifPresent(d ->
                    out.add(entry(to, "SUPPORT", "Coordinator's decision: " + words(d.name())
                            + c.valueSetBetween(SupportVariables.FURTHER_SUPPORT_NOTES, from, to).map(n -> ". " + n).orElse(""), who)));
            default -> out.add(entry(to, "STEP", task.getName() + " done" + recorded(c, from, to), who));
        }
    }

    private void claimEntries(String familyRef, List<ChronologyEntry> out) {
        for (CaseRecords.Claim claim : records.claims(familyRef)) {
            out.add(new ChronologyEntry(day(claim.createdAt()), claim.createdAt(), "CLAIM", "Claim calculated: £"
                    + BigDecimal.valueOf(claim.amountPence(), 2) + " for programme year " + claim.programmeYear() + " ("
                    + claim.linesPence().keySet().stream().map(Chronology::words).collect(Collectors.joining(", ")) + ")",
                    "system"));
            if (claim.recordedAt() != null) {
                out.add(new ChronologyEntry(day(claim.recordedAt()), claim.recordedAt(), "CLAIM",
                        "Claim recorded as " + claim.reference(), "system"));
            }
            if (claim.submittedAt() != null) {
                out.add(new ChronologyEntry(day(claim.submittedAt()), claim.submittedAt(), "CLAIM",
                        "Claim submitted to the department in claim return " + claim.claimReturn(),
                        claim.returnSignedOffBy() == null ? "system" : claim.returnSignedOffBy()));
            }
        }
    }

    /** Every result the assessment recorded, whatever the programme phase (each variable ending in "Result"). */
    static String results(CaseHistory.Case c, Date from, Date to) {
        List<String> parts = new ArrayList<>();
        for (HistoricVariableUpdate update : c.updatesBetween(from, to)) {
            String name = update.getVariableName();
            if ((name.endsWith("Result") || name.equals(OutcomeVariables.TURNED_AROUND.name())
                    || name.equals("successfulFamilyOutcome") || name.equals("needOutcomes")) && update.getValue() != null) {
                parts.add(label(name) + " " + value(update.getValue()));
            }
        }
        return parts.isEmpty() ? "no results recorded" : String.join(", ", parts);
    }

    static String evidence(CaseHistory.Case c, Date from, Date to) {
        List<String> parts = new ArrayList<>();
        c.valueSetBetween(OutcomeVariables.BASELINE_ASB_INCIDENTS, from, to).ifPresent(b -> parts.add("ASB incidents " + b
                + " before, " + c.valueSetBetween(OutcomeVariables.AFTER_ASB_INCIDENTS, from, to).map(String::valueOf).orElse("?") + " after"));
        c.valueSetBetween(OutcomeVariables.BASELINE_YOUTH_OFFENCES, from, to).ifPresent(b -> parts.add("youth offences " + b
                + " before, " + c.valueSetBetween(OutcomeVariables.AFTER_YOUTH_OFFENCES, from, to).map(String::valueOf).orElse("?") + " after"));
        c.valueSetBetween(OutcomeVariables.CHILDREN_EDUCATION, from, to).ifPresent(children -> parts.add("school data of "
                + children.size() + (children.size() == 1 ? " child" : " children") + " ("
                + children.stream().filter(Objects::nonNull).map(Chronology::school).collect(Collectors.joining("; ")) + ")"));
        c.valueSetBetween(OutcomeVariables.PROGRESS_TO_WORK, from, to).ifPresent(p -> parts.add("progress to work " + (p ? "yes" : "no")));
        c.valueSetBetween(OutcomeVariables.CONTINUOUS_EMPLOYMENT_WEEKS, from, to).ifPresent(w -> parts.add("continuous employment " + w + " weeks"));
        c.rawSetBetween("needOutcomes", from, to).ifPresent(needs -> parts.add("need outcomes " + value(needs)));
        c.valueSetBetween(OutcomeVariables.EVIDENCE_NOTES, from, to).ifPresent(n -> parts.add("notes: " + n));
        return parts.isEmpty() ? "no evidence recorded" : String.join("; ", parts);
    }

    static String school(ChildEducation child) {
        return child.name() + ": " + child.unauthorisedAbsenceSessions() + " of " + child.possibleSessions()
                + " sessions unauthorised absence, " + child.fixedExclusions() + " fixed-term exclusions"
                + (Boolean.TRUE.equals(child.permanentlyExcluded()) ? ", permanently excluded" : "");
    }

    /** The simple values recorded at a step no rule here knows (a process designer's new task). */
    private static String recorded(CaseHistory.Case c, Date from, Date to) {
        List<String> parts = c.updatesBetween(from, to).stream()
                .filter(u -> u.getValue() instanceof String || u.getValue() instanceof Number || u.getValue() instanceof Boolean)
                .map(u -> label(u.getVariableName()) + " " + value(u.getValue())).distinct().toList();
        return parts.isEmpty() ? "" : ": " + String.join(", ", parts);
    }

    private ChronologyEntry entry(Date at, String category, String what, String who) {
        return new ChronologyEntry(day(CaseHistory.instant(at)), CaseHistory.instant(at), category, what, who);
    }

    private LocalDate day(Instant instant) {
        return instant == null ? null : LocalDate.ofInstant(instant, clock.getZone());
    }

    private LocalDate day(Date date) {
        return day(CaseHistory.instant(date));
    }

    private static String value(Object raw) {
        if (raw instanceof Boolean b) {
            return b ? "yes" : "no";
        }
        String text = String.valueOf(raw);
        return text.matches("[A-Z_]+") ? words(text).toLowerCase(Locale.ROOT) : text;
    }

    /** educationResult → "education result". */
    static String label(String variable) {
        return variable.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
    }

    /** NOT_APPLICABLE → "Not applicable", ASB → "ASB". */
    static String words(String code) {
        String text = code.replace('_', ' ').toLowerCase(Locale.ROOT);
        text = text.replaceAll("\\basb\\b", "ASB").replaceAll("\\btaf\\b", "TAF").replaceAll("\\besf\\b", "ESF");
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static String route(String route) {
        return switch (route) {
            case "THREE_CRITERIA" -> "all three national criteria";
            case "TWO_PLUS_LOCAL" -> "two national criteria and a local filter";
            case "NOT_ELIGIBLE" -> "not eligible";
            default -> words(route).toLowerCase(Locale.ROOT);
        };
    }

    private static String outcome(String outcome) {
        return switch (outcome) {
            case "TURNED_AROUND" -> "family turned around";
            case "CLOSED_WITHOUT_RESULT" -> "closed without a result";
            case "SIGNPOSTED" -> "signposted to other services";
            case "REJECTED_BY_PANEL" -> "rejected by the panel";
            case "NO_FURTHER_ACTION" -> "identified, no further action";
            case "CONSENT_REFUSED" -> "consent refused";
            case "CANCELLED" -> "cancelled";
            default -> words(outcome).toLowerCase(Locale.ROOT);
        };
    }
}
