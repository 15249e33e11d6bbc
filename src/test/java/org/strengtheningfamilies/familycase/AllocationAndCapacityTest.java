package org.strengtheningfamilies.familycase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.strengtheningfamilies.familycase.FamilyCaseElements.*;

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
        return startAt(TASK_ALLOCATE_KEY_WORKER, accepted(familyRef, leadService, needLevel));
    }

    /** Five NEP families, which fill kw-nep-1's five places. */
    private List<ProcessInstance> fillTheNepTeam() {
        List<ProcessInstance> cases = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            ProcessInstance pi = allocate("MK-00030" + i, "NEP", 2);
            assertThat(pi).isWaitingAt(TASK_SEEK_CONSENT);
            assertThat(taskOf(pi, TASK_SEEK_CONSENT)).isAssignedTo("kw-nep-1");
            cases.add(pi);
        }
        assertThat(liveFamiliesOf("kw-nep-1")).isEqualTo(5);
        return cases;
    }

    @Test
    void familiesGoToTheLeastLoadedKeyWorkerOfTheLeadService() {
        ProcessInstance first = allocate("MK-000311", "CFP", 3);
        ProcessInstance second = allocate("MK-000312", "CFP", 3);
        ProcessInstance third = allocate("MK-000313", "CFP", 2);

        assertThat(taskOf(first, TASK_SEEK_CONSENT)).isAssignedTo("kw-cfp-1");
        assertThat(taskOf(second, TASK_SEEK_CONSENT)).isAssignedTo("kw-cfp-2");
        assertThat(taskOf(third, TASK_SEEK_CONSENT)).isAssignedTo("kw-cfp-3");
        assertThat(candidateGroups(third, TASK_SEEK_CONSENT)).containsExactly("coordinator");
        assertThat(first).variables().containsEntry("keyWorker", "kw-cfp-1").containsEntry("keyWorkerTeam", "team-cfp");
        for (String worker : List.of("kw-cfp-1", "kw-cfp-2", "kw-cfp-3")) {
            assertThat(liveFamiliesOf(worker)).as(worker).isEqualTo(1);
        }

        // all equally loaded again: the tie goes to the first by user id
        ProcessInstance fourth = allocate("MK-000314", "CFP", 4);
        assertThat(taskOf(fourth, TASK_SEEK_CONSENT)).isAssignedTo("kw-cfp-1");
    }

    @Test
    void aKeyWorkerWhoseCaseClosedIsTheLeastLoadedAgain() {
        allocate("MK-000321", "CFP", 3);
        ProcessInstance second = allocate("MK-000322", "CFP", 3);
        allocate("MK-000323", "CFP", 3);
        allocate("MK-000324", "CFP", 3); // kw-cfp-1 now holds two places

        complete(second, TASK_SEEK_CONSENT, consent(false));
        assertThat(liveFamiliesOf("kw-cfp-2")).isZero();

        ProcessInstance next = allocate("MK-000325", "CFP", 3);
        assertThat(taskOf(next, TASK_SEEK_CONSENT)).isAssignedTo("kw-cfp-2");
    }

    @Test
    void whenEveryKeyWorkerIsFullTheFamilyWaitsVisiblyForTheCoordinator() {
        fillTheNepTeam();

        ProcessInstance sixth = allocate("MK-000306", "NEP", 2);

        assertThat(sixth).hasPassed(BOUNDARY_EVENT_NO_CAPACITY).hasNotPassed(TASK_SEEK_CONSENT)
                .isWaitingAt(TASK_AWAIT_CAPACITY).variables().containsEntry("keyWorkerTeam", "team-nep");
        assertThat(variable(sixth, "keyWorker")).isNull();
        assertThat(taskOf(sixth, TASK_AWAIT_CAPACITY)).hasCandidateGroup("coordinator").isNotAssigned();
        assertThat(liveFamiliesOf("kw-nep-1")).isEqualTo(5);
        assertThat(caseload.placeHolder("MK-000306")).isEmpty();
        assertThat(caseload.longestWaiting(LeadService.NEP))
                .contains("MK-000306");
    }

    @Test
    void aPlaceFreedByAClosingCaseLetsTheWaitingFamilyProceedByItself() {
        List<ProcessInstance> full = fillTheNepTeam();
        ProcessInstance sixth = allocate("MK-000306", "NEP", 2);
        assertThat(sixth).isWaitingAt(TASK_AWAIT_CAPACITY);

        complete(full.get(0), TASK_SEEK_CONSENT, consent(false));

        assertThat(full.get(0)).hasPassed(END_EVENT_CONSENT_REFUSED).isEnded();
        assertThat(sixth).hasPassed(BOUNDARY_EVENT_CAPACITY_FREED).isWaitingAt(TASK_SEEK_CONSENT)
                .variables().containsEntry("keyWorker", "kw-nep-1");
        assertThat(taskOf(sixth, TASK_SEEK_CONSENT)).isAssignedTo("kw-nep-1");
        assertThat(timesEntered(sixth, TASK_ALLOCATE_KEY_WORKER)).isEqualTo(2);
        assertThat(liveFamiliesOf("kw-nep-1")).isEqualTo(5);
        assertThat(caseload.placeHolder("MK-000306")).contains("kw-nep-1");
        assertThat(caseload.longestWaiting(LeadService.NEP)).isEmpty();
    }

    @Test
    void theFamilyThatHasWaitedLongestIsWokenFirst() {
        List<ProcessInstance> full = fillTheNepTeam();
        ProcessInstance sixth = allocate("MK-000306", "NEP", 2);
        ProcessInstance seventh = allocate("MK-000307", "NEP", 2);

        complete(full.get(2), TASK_SEEK_CONSENT, consent(false));

        assertThat(sixth).isWaitingAt(TASK_SEEK_CONSENT);
        assertThat(seventh).isWaitingAt(TASK_AWAIT_CAPACITY);
        assertThat(liveFamiliesOf("kw-nep-1")).isEqualTo(5);

        complete(full.get(3), TASK_SEEK_CONSENT, consent(false));

        assertThat(seventh).isWaitingAt(TASK_SEEK_CONSENT);
        assertThat(taskOf(seventh, TASK_SEEK_CONSENT)).isAssignedTo("kw-nep-1");
        assertThat(liveFamiliesOf("kw-nep-1")).isEqualTo(5);
    }

    @Test
    void aPlaceFreedInAnotherServiceDoesNotWakeTheWaitingFamily() {
        fillTheNepTeam();
        ProcessInstance waiting = allocate("MK-000306", "NEP", 2);
        ProcessInstance cfpFamily = allocate("MK-000331", "CFP", 3);

        complete(cfpFamily, TASK_SEEK_CONSENT, consent(false));

        assertThat(waiting).isWaitingAt(TASK_AWAIT_CAPACITY);
        assertThat(liveFamiliesOf("kw-nep-1")).isEqualTo(5);
    }

    @Test
    void coordinatorRetryingWhileNoPlaceIsFreePutsTheCaseBackToWaiting() {
        fillTheNepTeam();
        ProcessInstance sixth = allocate("MK-000306", "NEP", 2);
        String firstWait = taskOf(sixth, TASK_AWAIT_CAPACITY).getId();

        complete(sixth, TASK_AWAIT_CAPACITY, Variables.createVariables()
                .putValue("capacityNote", "Tried again after the team meeting"));

        assertThat(sixth).isWaitingAt(TASK_AWAIT_CAPACITY).hasNotPassed(TASK_SEEK_CONSENT);
        assertThat(taskOf(sixth, TASK_AWAIT_CAPACITY).getId()).isNotEqualTo(firstWait);
        assertThat(timesEntered(sixth, TASK_ALLOCATE_KEY_WORKER)).isEqualTo(2);
        assertThat(variable(sixth, "keyWorker")).isNull();
        assertThat(liveFamiliesOf("kw-nep-1")).isEqualTo(5);
        assertThat(caseload.placeHolder("MK-000306")).isEmpty();
    }

    @Test
    void coordinatorRetryingAfterAddingAKeyWorkerAllocatesTheNewWorker() {
        fillTheNepTeam();
        ProcessInstance sixth = allocate("MK-000306", "NEP", 2);

        joinTeam("kw-nep-2", "team-nep");
        complete(sixth, TASK_AWAIT_CAPACITY, Variables.createVariables()
                .putValue("capacityNote", "kw-nep-2 joined the team"));

        assertThat(sixth).isWaitingAt(TASK_SEEK_CONSENT).variables().containsEntry("keyWorker", "kw-nep-2");
        assertThat(taskOf(sixth, TASK_SEEK_CONSENT)).isAssignedTo("kw-nep-2");
        assertThat(liveFamiliesOf("kw-nep-1")).isEqualTo(5);
        assertThat(liveFamiliesOf("kw-nep-2")).isEqualTo(1);
    }
}
