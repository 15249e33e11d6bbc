package org.strengtheningfamilies.readmodel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.strengtheningfamilies.familycase.FamilyCaseElements.*;

import java.time.LocalDate;
import java.util.Date;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.strengtheningfamilies.testing.FamilyCaseProcessTest;
import org.strengtheningfamilies.testing.ProgrammeRecords.CaseRecord;

/** The case's own hooks write each step to the read model, dated with the engine's business date. */
class ReadModelHooksTest extends FamilyCaseProcessTest {

    @AfterEach
    void realClock() {
        ClockUtil.reset();
    }

    private void today(String isoDate) {
        ClockUtil.setCurrentTime(Date.from(LocalDate.parse(isoDate).atTime(10, 0).atZone(clock.getZone()).toInstant()));
    }

    @Test
    void everyStepFromReferralToClosureIsDated() {
        today("2012-09-03");
        ProcessInstance pi = startCase(referral("MK-000801"));
        CaseRecord record = records.readModel("MK-000801");
        assertThat(record.referredOn).isEqualTo("2012-09-03");
        assertThat(record.identifiedOn).isNull();

        today("2012-09-17");
        complete(pi, TASK_PANEL_VALIDATION, accept(3, "CFP"));
        record = records.readModel("MK-000801");
        assertThat(record.identifiedOn).isEqualTo("2012-09-17");
        assertThat(record.route).isEqualTo("THREE_CRITERIA");
        assertThat(record.leadService).isEqualTo("CFP");
        assertThat(record.needLevel).isEqualTo(3);
        assertThat(record.allocatedOn).isEqualTo("2012-09-17");
        assertThat(record.district).isEqualTo("Lakes Estate");
        assertThat(record.youngPeople).singleElement().isEqualTo(
                new YoungPerson("MALE", 10, "SCHOOL_ACTION", true, "A1", true));
        assertThat(record.presentingIssues).containsExactly("Parenting", "Poor school attendance");

        complete(pi, TASK_SEEK_CONSENT, consent(true));
        // one business clock: the meeting and the plan are recorded once they have happened
        today("2012-10-04");
        complete(pi, TASK_HOLD_TAF_MEETING, tafMeeting("2012-10-01"));
        complete(pi, TASK_AGREE_FAMILY_PLAN, plan(true, "2012-10-03"));
        record = records.readModel("MK-000801");
        assertThat(record.attachedOn).isEqualTo("2012-10-03");
        assertThat(record.programmeYear).isEqualTo(1);

        fire(pi, INTERMEDIATE_EVENT_SUPPORT_PERIOD_ENDED);
        today("2013-04-10");
        complete(pi, TASK_VERIFY_OUTCOMES, evidence());
        record = records.readModel("MK-000801");
        assertThat(record.turnedAroundOn).isEqualTo("2013-04-10");
        today("2013-04-12");
        complete(pi, TASK_AUDIT_CLAIM, Variables.createVariables().putValue("auditDecision", "APPROVED"));
        record = records.readModel("MK-000801");
        assertThat(record.claimedOn).isEqualTo("2013-04-12");
        assertThat(record.closedOn).isEqualTo("2013-04-12");
        assertThat(record.outcome).isEqualTo("TURNED_AROUND");
    }

    @Test
    void aStepUpKeepsTheLeadServiceBeforeIt() {
        today("2012-09-03");
        ProcessInstance pi = toIntensiveSupport("MK-000805", "2012-09-03"); // met, planned and signed the day it was allocated
        CaseRecord record = records.readModel("MK-000805");
        assertThat(record.leadService).isEqualTo("CFP");
        today("2012-11-14");
        complete(pi, TASK_SUPPORT_FAMILY, Variables.createVariables().putValue("supportAction", "STEP_UP")
                .putValue("supportActionReason", "Child protection concerns"));
        record = records.readModel("MK-000805");
        assertThat(record.leadService).isEqualTo("CSC");
        assertThat(record.needLevel).isEqualTo(4);
        assertThat(record.previousLeadService).isEqualTo("CFP");
        assertThat(record.allocatedOn).as("the first allocation's date stays").isEqualTo("2012-09-03");
    }

    @Test
    void noFurtherActionIsIdentifiedAndClosedTheSameDay() {
        today("2012-11-05");
        ProcessInstance pi = startCase(referral("MK-000802"));
        today("2012-11-20");
        complete(pi, TASK_PANEL_VALIDATION, accept(2, "NFA"));
        CaseRecord record = records.readModel("MK-000802");
        assertThat(record.identifiedOn).isEqualTo("2012-11-20");
        assertThat(record.leadService).isEqualTo("NFA");
        assertThat(record.allocatedOn).isNull();
        assertThat(record.closedOn).isEqualTo("2012-11-20");
        assertThat(record.outcome).isEqualTo("NO_FURTHER_ACTION");
    }

    @Test
    void aRejectedFamilyIsReferredButNeverIdentified() {
        ProcessInstance pi = startCase(referral("MK-000803"));
        complete(pi, TASK_PANEL_VALIDATION, Variables.createVariables().putValue("panelDecision", "REJECT")
                .putValue("panelReason", "Already supported by CSC"));
        CaseRecord record = records.readModel("MK-000803");
        assertThat(record.identifiedOn).isNull();
        assertThat(record.outcome).isEqualTo("REJECTED_BY_PANEL");
    }

    @Test
    void aRetrospectiveFamilyIsIdentifiedAndAttachedWhenReferred() {
        today("2013-02-11");
        startCase(referral("MK-000804").putValue("retrospective", true).putValue("leadService", "FIP")
                .putValue("needLevel", 3).putValue("attachmentDate", "2012-05-14"));
        CaseRecord record = records.readModel("MK-000804");
        assertThat(record.retrospective).isTrue();
        assertThat(record.identifiedOn).isEqualTo("2013-02-11");
        assertThat(record.leadService).isEqualTo("FIP");
        assertThat(record.attachedOn).isEqualTo("2012-05-14");
        assertThat(record.programmeYear).isEqualTo(1);
    }
}
