package org.strengtheningfamilies.familycase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.strengtheningfamilies.familycase.FamilyCaseElements.*;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import org.strengtheningfamilies.panel.LeadService;
import org.strengtheningfamilies.testing.FamilyCaseProcessTest;

/**
 * The claim under the national framework's preset (DESIGN.md section 5): 80/20, 60/40, 40/60 in
 * programme years 1, 2, 3, so a year-2 family's results share is 40% of £4,000 = 160,000 pence.
 */
@TestPropertySource(properties = "sf.payment.model=NATIONAL")
class NationalPaymentModelClaimTest extends FamilyCaseProcessTest {

    @Test
    void yearTwoCrimeAsbEducationResultClaimsSevenEighthsOfFortyPercent() {
        ProcessInstance pi = startAt(TASK_VERIFY_OUTCOMES,
                attachedFamily("MK-000701", "CFP", 3, "kw-cfp-1", "2013-04-10").putValue("programmeYear", 2));
        caseload.tryTakePlace("kw-cfp-1", "MK-000701", LeadService.CFP, 5);

        complete(pi, TASK_VERIFY_OUTCOMES, evidence());

        assertThat(pi).isWaitingAt(TASK_AUDIT_CLAIM).variables().containsEntry("programmeYear", 2)
                .containsEntry("crimeAsbEducationResult", true).containsEntry("progressToWorkResult", false)
                .containsEntry("claimAmountPence", 140_000L);

        complete(pi, TASK_AUDIT_CLAIM, Variables.createVariables().putValue("auditDecision", "APPROVED"));

        assertThat(pi).hasPassed(TASK_RECORD_CLAIM, END_EVENT_TURNED_AROUND).isEnded();
        assertThat(records.claims()).singleElement().satisfies(claim -> {
            assertThat(claim.programmeYear()).isEqualTo(2);
            assertThat(claim.reference()).isEqualTo("MK-000701-PBR1");
            assertThat(claim.lines()).extracting(line -> line.amountPence()).containsExactly(140_000L);
        });
    }
}
