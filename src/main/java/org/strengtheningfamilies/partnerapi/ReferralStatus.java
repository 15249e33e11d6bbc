package org.strengtheningfamilies.partnerapi;

import java.util.Map;
import java.util.Optional;

import org.strengtheningfamilies.familycase.FamilyCaseElements;

/**
 * Where a referral stands, in words a partner agency may know: the panel's part and whether the
 * programme works with the family, never what happens within that work (consent, the plan, outcomes).
 * One definition serves the status answer and the status callbacks: which step of family-case starts
 * each status while the case runs, and which case outcome each ends in.
 */
public enum ReferralStatus {
    RECEIVED("Received", "The referral has been received."),
    WITH_PANEL("With the panel", "The multi-agency panel is considering the referral."),
    MORE_INFORMATION_REQUESTED("More information requested", "The panel has asked the referrer for more information."),
    ACCEPTED("Accepted", "The panel accepted the family; a key worker is being allocated."),
    KEY_WORKER_ALLOCATED("Key worker allocated", "The panel accepted the family and a key worker is working with them."),
    NOT_ELIGIBLE("Not eligible: signposted", "The family does not meet the programme's criteria and has been signposted to other services."),
    REJECTED("Rejected", "The panel did not accept the referral."),
    NO_FURTHER_ACTION("Accepted, no further action", "The panel accepted the family; no further action by the programme is needed."),
    CLOSED("Closed", "The programme's work with the family has ended.");

    /** The family-case step whose start moves a running case to a status (BPMN ids of family-case). */
    static final Map<String, ReferralStatus> STARTED_BY = Map.of(
            FamilyCaseElements.TASK_PANEL_VALIDATION, WITH_PANEL,
            FamilyCaseElements.TASK_PROVIDE_MORE_INFORMATION, MORE_INFORMATION_REQUESTED,
            // reached only through Flow_Accepted: the panel's ACCEPT
            FamilyCaseElements.GATEWAY_LEAD_SERVICE, ACCEPTED,
            // the first step after a key worker took the family's place (and where a retrospective case joins)
            FamilyCaseElements.GATEWAY_PLAN_IN_PLACE, KEY_WORKER_ALLOCATED,
            FamilyCaseElements.GATEWAY_TO_VERIFICATION, KEY_WORKER_ALLOCATED);

    private final String text;
    private final String meaning;

    ReferralStatus(String text, String meaning) {
        this.text = text;
        this.meaning = meaning;
    }

    public String text() {
        return text;
    }

    public String meaning() {
        return meaning;
    }

    static Optional<ReferralStatus> startedBy(String activityId) {
        return activityId == null ? Optional.empty() : Optional.ofNullable(STARTED_BY.get(activityId));
    }

    /** The status a case ends with, from its caseOutcome (set by each end event). */
    static ReferralStatus endedWith(String caseOutcome) {
        if (caseOutcome == null) {
            return CLOSED;
        }
        return switch (caseOutcome) {
            case "SIGNPOSTED" -> NOT_ELIGIBLE;
            case "REJECTED_BY_PANEL" -> REJECTED;
            case "NO_FURTHER_ACTION" -> NO_FURTHER_ACTION;
            default -> CLOSED;
        };
    }
}
