package org.strengtheningfamilies.familycase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.strengtheningfamilies.panel.LeadService;
import org.strengtheningfamilies.payment.PaymentModel;
import org.strengtheningfamilies.testing.FamilyCaseBeans;
import org.strengtheningfamilies.testing.FamilyCaseProcessTest;

/**
 * The claim under the national framework's preset (DESIGN.md section 5): 80/20, 60/40, 40/60 in
 * programme years 1, 2, 3, so a year-2 family's results share is 40% of £4,000 = 160,000 pence.
 */
class NationalPaymentModelClaimTest extends FamilyCaseProcessTest {

    @Override
    protected FamilyCaseBeans createBeans() {
        return new FamilyCaseBeans(5, PaymentModel.NATIONAL, engine.getAuthorizationService());
    }

    @Test
    void yearTwoCrimeAsbEducationResultClaimsSevenEighthsOfFortyPercent() {
        ProcessInstance pi = startAt("Task_VerifyOutcomes",
                attachedFamily("MK-000701", "CFP", 3, "kw-cfp-1", "2013-04-10").putValue("programmeYear", 2));
        beans.caseload.tryTakePlace("kw-cfp-1", "MK-000701", LeadService.CFP, 5);

        complete(pi, "Task_VerifyOutcomes", evidence());

        assertThat(pi).isWaitingAt("Task_AuditClaim").variables().containsEntry("programmeYear", 2)
                .containsEntry("crimeAsbEducationResult", true).containsEntry("progressToWorkResult", false)
                .containsEntry("claimAmountPence", 140_000L);

        complete(pi, "Task_AuditClaim", Variables.createVariables().putValue("auditDecision", "APPROVED"));

        assertThat(pi).hasPassed("Task_RecordClaim", "EndEvent_TurnedAround").isEnded();
        assertThat(beans.claims.all()).singleElement().satisfies(claim -> {
            assertThat(claim.programmeYear()).isEqualTo(2);
            assertThat(claim.reference()).isEqualTo("MK-000701-PBR1");
            assertThat(claim.lines()).extracting(line -> line.amountPence()).containsExactly(140_000L);
        });
    }
}
