package org.strengtheningfamilies.claimwindow;

/**
 * The element ids of processes/pbr-claim-window.bpmn, as Java and the tests name them (the model is the source:
 * a test checks that each id here is in the model and each flow node of the model is here).
 */
public final class ClaimWindowElements {

    private ClaimWindowElements() {
    }

    public static final String START_EVENT_WINDOW_OPENS = "StartEvent_WindowOpens";
    public static final String TASK_GATHER_CLAIMS = "Task_GatherClaims";
    public static final String GATEWAY_ANY_CLAIMS = "Gateway_AnyClaims";
    public static final String TASK_SIGN_OFF_CLAIM_RETURN = "Task_SignOffClaimReturn";
    public static final String TASK_SUBMIT_CLAIM_RETURN = "Task_SubmitClaimReturn";
    public static final String END_EVENT_RETURN_SUBMITTED = "EndEvent_ReturnSubmitted";
    public static final String END_EVENT_NOTHING_TO_SUBMIT = "EndEvent_NothingToSubmit";
}
