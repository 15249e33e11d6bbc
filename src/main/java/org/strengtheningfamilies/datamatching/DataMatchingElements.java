package org.strengtheningfamilies.datamatching;

/**
 * The element ids of processes/termly-data-matching.bpmn, as Java and the tests name them (the model is the source:
 * a test checks that each id here is in the model and each flow node of the model is here).
 */
public final class DataMatchingElements {

    private DataMatchingElements() {
    }

    public static final String START_EVENT_RUN = "StartEvent_Run";
    public static final String TASK_PREPARE_RUN = "Task_PrepareRun";
    public static final String GATEWAY_MATCH_LOOP = "Gateway_MatchLoop";
    public static final String TASK_MATCH_RECORDS = "Task_MatchRecords";
    public static final String GATEWAY_MORE_TO_MATCH = "Gateway_MoreToMatch";
    public static final String TASK_LIST_POSSIBLE_MATCHES = "Task_ListPossibleMatches";
    public static final String GATEWAY_POSSIBLE_MATCHES = "Gateway_PossibleMatches";
    public static final String TASK_RESOLVE_POSSIBLE_MATCH = "Task_ResolvePossibleMatch";
    public static final String BOUNDARY_EVENT_RESOLVE_WAIT = "BoundaryEvent_ResolveWait";
    public static final String GATEWAY_MATCHES_RESOLVED = "Gateway_MatchesResolved";
    public static final String GATEWAY_EVALUATE_LOOP = "Gateway_EvaluateLoop";
    public static final String TASK_EVALUATE_HOUSEHOLDS = "Task_EvaluateHouseholds";
    public static final String GATEWAY_MORE_HOUSEHOLDS = "Gateway_MoreHouseholds";
    public static final String TASK_FINISH_RUN = "Task_FinishRun";
    public static final String END_EVENT_RUN_FINISHED = "EndEvent_RunFinished";
}
