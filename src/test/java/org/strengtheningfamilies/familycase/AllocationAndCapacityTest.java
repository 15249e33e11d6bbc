package org.strengtheningfamilies.familycase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.strengtheningfamilies.panel.LeadService;
import org.strengtheningfamilies.testing.FamilyCaseProcessTest;

/**
 * Key worker allocation (DESIGN.md section 2, step 4): least-loaded first, a visible wait when
 * nobody has a place, freed places waking the family that has waited longest, the cap never exceeded.
 * The cap is 5; the NEP team has a single key worker, kw-nep-1, and NEP takes level 2 only.
 */
class AllocationAndCapacityTest extends FamilyCaseProcessTest {

    /** A family the panel has just accepted: the case starts at allocation. */
    private static VariableMap accepted(String familyRef, String leadService, int needLevel) {
        return referral(familyRef).putValue("retrospective", false).putValue("referredBy", null)
                .putValue("identificationRoute", "THREE_CRITERIA")
                .putValue("panelDecision", "ACCEPT").putValue("panelReason", "Meets all three criteria")
                .putValue("needLevel", needLevel).putValue("leadService", leadService)
                .putValue("keyWorker", null).putValue("keyWorkerTeam", null);
    }

    private ProcessInstance allocate(String familyRef, String leadService, int needLevel) {
        return startAt("Task_AllocateKeyWorker", accepted(familyRef, leadService, needLevel));
    }

    /** Five NEP families, which fill kw-nep-1's five places. */
    private List<ProcessInstance> fillTheNepTeam() {
        List<ProcessInstance> cases = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            ProcessInstance pi = allocate("MK-00030" + i, "NEP", 2);
            assertThat(pi).isWaitingAt("Task_SeekConsent");
            assertThat(taskOf(pi, "Task_SeekConsent")).isAssignedTo("kw-nep-1");
            cases.add(pi);
        }
        assertThat(beans.caseload.liveFamiliesOf("kw-nep-1")).isEqualTo(5);
        return cases;
    }

    @Test
    void familiesGoToTheLeastLoadedKeyWorkerOfTheLeadService() {
        ProcessInstance first = allocate("MK-000311", "CFP", 3);
        ProcessInstance second = allocate("MK-000312", "CFP", 3);
        ProcessInstance third = allocate("MK-000313", "CFP", 2);

        assertThat(taskOf(first, "Task_SeekConsent")).isAssignedTo("kw-cfp-1");
        assertThat(taskOf(second, "Task_SeekConsent")).isAssignedTo("kw-cfp-2");
        assertThat(taskOf(third, "Task_SeekConsent")).isAssignedTo("kw-cfp-3");
        assertThat(candidateGroups(third, "Task_SeekConsent")).containsExactly("coordinator");
        assertThat(first).variables().containsEntry("keyWorker", "kw-cfp-1").containsEntry("keyWorkerTeam", "team-cfp");
        for (String worker : List.of("kw-cfp-1", "kw-cfp-2", "kw-cfp-3")) {
            assertThat(beans.caseload.liveFamiliesOf(worker)).as(worker).isEqualTo(1);
        }

        // all equally loaded again: the tie goes to the first by user id
        ProcessInstance fourth = allocate("MK-000314", "CFP", 4);
        assertThat(taskOf(fourth, "Task_SeekConsent")).isAssignedTo("kw-cfp-1");
    }

    @Test
    void aKeyWorkerWhoseCaseClosedIsTheLeastLoadedAgain() {
        allocate("MK-000321", "CFP", 3);
        ProcessInstance second = allocate("MK-000322", "CFP", 3);
        allocate("MK-000323", "CFP", 3);
        allocate("MK-000324", "CFP", 3); // kw-cfp-1 now holds two places

        complete(second, "Task_SeekConsent", consent(false));
        assertThat(beans.caseload.liveFamiliesOf("kw-cfp-2")).isZero();

        ProcessInstance next = allocate("MK-000325", "CFP", 3);
        assertThat(taskOf(next, "Task_SeekConsent")).isAssignedTo("kw-cfp-2");
    }

    @Test
    void whenEveryKeyWorkerIsFullTheFamilyWaitsVisiblyForTheCoordinator() {
        fillTheNepTeam();

        ProcessInstance sixth = allocate("MK-000306", "NEP", 2);

        assertThat(sixth).hasPassed("BoundaryEvent_NoCapacity").hasNotPassed("Task_SeekConsent")
                .isWaitingAt("Task_AwaitCapacity").variables().containsEntry("keyWorkerTeam", "team-nep");
        assertThat(variable(sixth, "keyWorker")).isNull();
        assertThat(taskOf(sixth, "Task_AwaitCapacity")).hasCandidateGroup("coordinator").isNotAssigned();
        assertThat(beans.caseload.liveFamiliesOf("kw-nep-1")).isEqualTo(5);
        assertThat(beans.caseload.placeHolder("MK-000306")).isEmpty();
        assertThat(beans.caseload.longestWaiting(LeadService.NEP))
                .contains("MK-000306");
    }

    @Test
    void aPlaceFreedByAClosingCaseLetsTheWaitingFamilyProceedByItself() {
        List<ProcessInstance> full = fillTheNepTeam();
        ProcessInstance sixth = allocate("MK-000306", "NEP", 2);
        assertThat(sixth).isWaitingAt("Task_AwaitCapacity");

        complete(full.get(0), "Task_SeekConsent", consent(false));

        assertThat(full.get(0)).hasPassed("EndEvent_ConsentRefused").isEnded();
        assertThat(sixth).hasPassed("BoundaryEvent_CapacityFreed").isWaitingAt("Task_SeekConsent")
                .variables().containsEntry("keyWorker", "kw-nep-1");
        assertThat(taskOf(sixth, "Task_SeekConsent")).isAssignedTo("kw-nep-1");
        assertThat(timesEntered(sixth, "Task_AllocateKeyWorker")).isEqualTo(2);
        assertThat(beans.caseload.liveFamiliesOf("kw-nep-1")).isEqualTo(5);
        assertThat(beans.caseload.placeHolder("MK-000306")).contains("kw-nep-1");
        assertThat(beans.caseload.longestWaiting(LeadService.NEP)).isEmpty();
    }

    @Test
    void theFamilyThatHasWaitedLongestIsWokenFirst() {
        List<ProcessInstance> full = fillTheNepTeam();
        ProcessInstance sixth = allocate("MK-000306", "NEP", 2);
        ProcessInstance seventh = allocate("MK-000307", "NEP", 2);

        complete(full.get(2), "Task_SeekConsent", consent(false));

        assertThat(sixth).isWaitingAt("Task_SeekConsent");
        assertThat(seventh).isWaitingAt("Task_AwaitCapacity");
        assertThat(beans.caseload.liveFamiliesOf("kw-nep-1")).isEqualTo(5);

        complete(full.get(3), "Task_SeekConsent", consent(false));

        assertThat(seventh).isWaitingAt("Task_SeekConsent");
        assertThat(taskOf(seventh, "Task_SeekConsent")).isAssignedTo("kw-nep-1");
        assertThat(beans.caseload.liveFamiliesOf("kw-nep-1")).isEqualTo(5);
    }

    @Test
    void aPlaceFreedInAnotherServiceDoesNotWakeTheWaitingFamily() {
        fillTheNepTeam();
        ProcessInstance waiting = allocate("MK-000306", "NEP", 2);
        ProcessInstance cfpFamily = allocate("MK-000331", "CFP", 3);

        complete(cfpFamily, "Task_SeekConsent", consent(false));

        assertThat(waiting).isWaitingAt("Task_AwaitCapacity");
        assertThat(beans.caseload.liveFamiliesOf("kw-nep-1")).isEqualTo(5);
    }

    @Test
    void coordinatorRetryingWhileNoPlaceIsFreePutsTheCaseBackToWaiting() {
        fillTheNepTeam();
        ProcessInstance sixth = allocate("MK-000306", "NEP", 2);
        String firstWait = taskOf(sixth, "Task_AwaitCapacity").getId();

        complete(sixth, "Task_AwaitCapacity", Variables.createVariables()
                .putValue("capacityNote", "Tried again after the team meeting"));

        assertThat(sixth).isWaitingAt("Task_AwaitCapacity").hasNotPassed("Task_SeekConsent");
        assertThat(taskOf(sixth, "Task_AwaitCapacity").getId()).isNotEqualTo(firstWait);
        assertThat(timesEntered(sixth, "Task_AllocateKeyWorker")).isEqualTo(2);
        assertThat(variable(sixth, "keyWorker")).isNull();
        assertThat(beans.caseload.liveFamiliesOf("kw-nep-1")).isEqualTo(5);
        assertThat(beans.caseload.placeHolder("MK-000306")).isEmpty();
    }

    @Test
    void coordinatorRetryingAfterAddingAKeyWorkerAllocatesTheNewWorker() {
        fillTheNepTeam();
        ProcessInstance sixth = allocate("MK-000306", "NEP", 2);

        beans.teams.get("team-nep").add("kw-nep-2");
        complete(sixth, "Task_AwaitCapacity", Variables.createVariables()
                .putValue("capacityNote", "kw-nep-2 joined the team"));

        assertThat(sixth).isWaitingAt("Task_SeekConsent").variables().containsEntry("keyWorker", "kw-nep-2");
        assertThat(taskOf(sixth, "Task_SeekConsent")).isAssignedTo("kw-nep-2");
        assertThat(beans.caseload.liveFamiliesOf("kw-nep-1")).isEqualTo(5);
        assertThat(beans.caseload.liveFamiliesOf("kw-nep-2")).isEqualTo(1);
    }
}
