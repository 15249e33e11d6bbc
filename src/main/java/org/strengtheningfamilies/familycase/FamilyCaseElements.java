package org.strengtheningfamilies.familycase;

/**
 * The element ids of processes/family-case.bpmn, as Java and the tests name them (the model is the source:
 * a test checks that each id here is in the model and each flow node of the model is here).
 */
public final class FamilyCaseElements {

    private FamilyCaseElements() {
    }

    public static final String START_EVENT_REFERRAL = "StartEvent_Referral";
    public static final String GATEWAY_RETROSPECTIVE = "Gateway_Retrospective";
    public static final String GATEWAY_TO_ASSESSMENT = "Gateway_ToAssessment";
    public static final String TASK_ASSESS_CRITERIA = "Task_AssessCriteria";
    public static final String TASK_DECIDE_ROUTE = "Task_DecideRoute";
    public static final String GATEWAY_ELIGIBLE = "Gateway_Eligible";
    public static final String END_EVENT_SIGNPOSTED = "EndEvent_Signposted";
    public static final String TASK_PANEL_VALIDATION = "Task_PanelValidation";
    public static final String GATEWAY_PANEL_DECISION = "Gateway_PanelDecision";
    public static final String END_EVENT_REJECTED_BY_PANEL = "EndEvent_RejectedByPanel";
    public static final String TASK_PROVIDE_MORE_INFORMATION = "Task_ProvideMoreInformation";
    public static final String GATEWAY_LEAD_SERVICE = "Gateway_LeadService";
    public static final String END_EVENT_NO_FURTHER_ACTION = "EndEvent_NoFurtherAction";
    public static final String GATEWAY_TO_ALLOCATION = "Gateway_ToAllocation";
    public static final String TASK_ALLOCATE_KEY_WORKER = "Task_AllocateKeyWorker";
    public static final String BOUNDARY_EVENT_NO_CAPACITY = "BoundaryEvent_NoCapacity";
    public static final String TASK_AWAIT_CAPACITY = "Task_AwaitCapacity";
    public static final String BOUNDARY_EVENT_CAPACITY_FREED = "BoundaryEvent_CapacityFreed";
    public static final String GATEWAY_PLAN_IN_PLACE = "Gateway_PlanInPlace";
    public static final String TASK_SEEK_CONSENT = "Task_SeekConsent";
    public static final String GATEWAY_CONSENT = "Gateway_Consent";
    public static final String END_EVENT_CONSENT_REFUSED = "EndEvent_ConsentRefused";
    public static final String GATEWAY_WHOLE_FAMILY_ASSESSMENT = "Gateway_WholeFamilyAssessment";
    public static final String TASK_ASSESS_FAMILY = "Task_AssessFamily";
    public static final String GATEWAY_TO_TAF_MEETING = "Gateway_ToTafMeeting";
    public static final String TASK_HOLD_TAF_MEETING = "Task_HoldTafMeeting";
    public static final String GATEWAY_TO_PLAN = "Gateway_ToPlan";
    public static final String TASK_AGREE_FAMILY_PLAN = "Task_AgreeFamilyPlan";
    public static final String GATEWAY_PLAN_SIGNED = "Gateway_PlanSigned";
    public static final String TASK_RECORD_ATTACHMENT = "Task_RecordAttachment";
    public static final String GATEWAY_TO_SUPPORT = "Gateway_ToSupport";
    public static final String SUB_PROCESS_INTENSIVE_SUPPORT = "SubProcess_IntensiveSupport";
    public static final String START_EVENT_SUPPORT_STARTED = "StartEvent_SupportStarted";
    public static final String GATEWAY_SUPPORT_FORK = "Gateway_SupportFork";
    public static final String INTERMEDIATE_EVENT_SUPPORT_PERIOD_ENDED = "IntermediateEvent_SupportPeriodEnded";
    public static final String END_EVENT_SUPPORT_COMPLETED = "EndEvent_SupportCompleted";
    public static final String TASK_SUPPORT_FAMILY = "Task_SupportFamily";
    public static final String GATEWAY_SUPPORT_ACTION = "Gateway_SupportAction";
    public static final String END_EVENT_STEP_UP_REQUESTED = "EndEvent_StepUpRequested";
    public static final String END_EVENT_DISENGAGEMENT_REPORTED = "EndEvent_DisengagementReported";
    public static final String GATEWAY_REVIEW_LOOP = "Gateway_ReviewLoop";
    public static final String INTERMEDIATE_EVENT_REVIEW_DUE = "IntermediateEvent_ReviewDue";
    public static final String TASK_MONTHLY_REVIEW = "Task_MonthlyReview";
    public static final String BOUNDARY_EVENT_STEP_UP = "BoundaryEvent_StepUp";
    public static final String TASK_STEP_UP_TO_SOCIAL_CARE = "Task_StepUpToSocialCare";
    public static final String BOUNDARY_EVENT_DISENGAGED = "BoundaryEvent_Disengaged";
    public static final String TASK_REVIEW_DISENGAGEMENT = "Task_ReviewDisengagement";
    public static final String GATEWAY_DISENGAGEMENT = "Gateway_Disengagement";
    public static final String GATEWAY_TO_VERIFICATION = "Gateway_ToVerification";
    public static final String TASK_VERIFY_OUTCOMES = "Task_VerifyOutcomes";
    public static final String TASK_ASSESS_OUTCOMES = "Task_AssessOutcomes";
    public static final String GATEWAY_SUCCESS_RULE = "Gateway_SuccessRule";
    public static final String GATEWAY_SUSTAIN_CHECK = "Gateway_SustainCheck";
    public static final String TASK_BEGIN_SUSTAIN_PERIOD = "Task_BeginSustainPeriod";
    public static final String INTERMEDIATE_EVENT_SUSTAIN_PERIOD_ENDED = "IntermediateEvent_SustainPeriodEnded";
    public static final String TASK_CONFIRM_OUTCOMES_SUSTAINED = "Task_ConfirmOutcomesSustained";
    public static final String GATEWAY_TO_SUCCESS_DECISION = "Gateway_ToSuccessDecision";
    public static final String TASK_DECIDE_SUCCESS = "Task_DecideSuccess";
    public static final String TASK_RECORD_OUTCOME = "Task_RecordOutcome";
    public static final String GATEWAY_PAID_BY_RESULTS = "Gateway_PaidByResults";
    public static final String GATEWAY_TO_CLAIM = "Gateway_ToClaim";
    public static final String TASK_CALCULATE_CLAIM = "Task_CalculateClaim";
    public static final String GATEWAY_CLAIM_DUE = "Gateway_ClaimDue";
    public static final String TASK_AUDIT_CLAIM = "Task_AuditClaim";
    public static final String GATEWAY_AUDIT_DECISION = "Gateway_AuditDecision";
    public static final String TASK_RECORD_CLAIM = "Task_RecordClaim";
    public static final String TASK_REVIEW_REJECTED_CLAIM = "Task_ReviewRejectedClaim";
    public static final String GATEWAY_REJECTED_CLAIM = "Gateway_RejectedClaim";
    public static final String GATEWAY_TO_TURNED_AROUND = "Gateway_ToTurnedAround";
    public static final String GATEWAY_TURNED_AROUND = "Gateway_TurnedAround";
    public static final String END_EVENT_TURNED_AROUND = "EndEvent_TurnedAround";
    public static final String TASK_DECIDE_FURTHER_SUPPORT = "Task_DecideFurtherSupport";
    public static final String GATEWAY_FURTHER_SUPPORT = "Gateway_FurtherSupport";
    public static final String TASK_START_FURTHER_SUPPORT = "Task_StartFurtherSupport";
    public static final String GATEWAY_TO_CLOSED_WITHOUT_RESULT = "Gateway_ToClosedWithoutResult";
    public static final String END_EVENT_CLOSED_WITHOUT_RESULT = "EndEvent_ClosedWithoutResult";
    public static final String FLOW_ACCEPTED = "Flow_Accepted";
}
