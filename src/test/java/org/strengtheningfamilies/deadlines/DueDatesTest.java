package org.strengtheningfamilies.deadlines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.strengtheningfamilies.familycase.FamilyCaseElements.*;

import java.time.LocalDateTime;
import java.util.Date;
import java.util.Map;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.strengtheningfamilies.testing.FamilyCaseProcessTest;

/**
 * The due and follow-up dates of the family's tasks, from sf.deadlines on the business clock (the
 * process tests' day is 30 September 2013), and the open-work read model they are counted from.
 */
class DueDatesTest extends FamilyCaseProcessTest {

    @Test
    void eachTaskIsDueItsServiceLevelAfterItArrivesAndItsHolderIsRemindedBefore() {
        ProcessInstance pi = startCase(referral("MK-000701"));
        Task panel = taskOf(pi, TASK_PANEL_VALIDATION);
        assertThat(panel.getDueDate()).isEqualTo(at("2013-10-10T23:59:59"));
        assertThat(panel.getFollowUpDate()).isEqualTo(at("2013-10-07T00:00"));

        complete(pi, TASK_PANEL_VALIDATION, accept(3, "CFP"));
        Task consent = taskOf(pi, TASK_SEEK_CONSENT);
        assertThat(consent.getDueDate()).isEqualTo(at("2013-10-05T23:59:59"));
        assertThat(consent.getFollowUpDate()).isEqualTo(at("2013-10-03T00:00"));

        complete(pi, TASK_SEEK_CONSENT, consent(true));
        assertThat(taskOf(pi, TASK_HOLD_TAF_MEETING).getDueDate()).isEqualTo(at("2013-10-20T23:59:59"));
        complete(pi, TASK_HOLD_TAF_MEETING, tafMeeting("2013-09-30"));
        assertThat(taskOf(pi, TASK_AGREE_FAMILY_PLAN).getDueDate()).isEqualTo(at("2013-10-30T23:59:59"));
        complete(pi, TASK_AGREE_FAMILY_PLAN, plan(true, "2013-09-30"));
        // the standing task of the support period is due when support ends (six months after attachment)
        Task support = taskOf(pi, TASK_SUPPORT_FAMILY);
        assertThat(support.getDueDate()).isEqualTo(at("2014-03-30T00:00"));
        assertThat(support.getFollowUpDate()).isNull();
    }

    @Test
    void theOpenWorkReadModelKeepsEveryTaskWithItsDueDateHolderAndEnd() {
        ProcessInstance pi = startCase(referral("MK-000702"));
        complete(pi, TASK_PANEL_VALIDATION, accept(3, "CFP"));
        Task consent = taskOf(pi, TASK_SEEK_CONSENT);
        Map<String, Object> open = jdbc.queryForMap("select * from sf_report_task where task_id = :id", Map.of("id", consent.getId()));
        assertThat(open).containsEntry("PROCESS_KEY", "family-case").containsEntry("TASK_KEY", TASK_SEEK_CONSENT)
                .containsEntry("BUSINESS_KEY", "MK-000702").containsEntry("ASSIGNEE", consent.getAssignee())
                .containsEntry("CANDIDATE_GROUPS", "coordinator");
        assertThat(((java.sql.Timestamp) open.get("DUE_AT")).toInstant()).isEqualTo(consent.getDueDate().toInstant());
        assertThat(open.get("ENDED_AT")).isNull();

        engine.getTaskService().setAssignee(consent.getId(), "kw-cfp-3");
        engine.getTaskService().setDueDate(consent.getId(), at("2013-10-08T17:00"));
        assertThat(jdbc.queryForMap("select assignee, due_at from sf_report_task where task_id = :id",
                Map.of("id", consent.getId()))).containsEntry("ASSIGNEE", "kw-cfp-3")
                .containsEntry("DUE_AT", java.sql.Timestamp.from(at("2013-10-08T17:00").toInstant()));

        complete(pi, TASK_SEEK_CONSENT, consent(false));
        Map<String, Object> closed = jdbc.queryForMap("select ended_at, completed from sf_report_task where task_id = :id",
                Map.of("id", consent.getId()));
        assertThat(closed.get("ENDED_AT")).isNotNull();
        assertThat(closed).containsEntry("COMPLETED", true);
        String panelTask = jdbc.queryForObject("select task_id from sf_report_task where process_instance_id = :pi "
                + "and task_key = :key", Map.of("pi", pi.getId(), "key", TASK_PANEL_VALIDATION), String.class);
        assertThat(jdbc.queryForMap("select candidate_groups, completed from sf_report_task where task_id = :id",
                Map.of("id", panelTask))).containsEntry("CANDIDATE_GROUPS", "panel").containsEntry("COMPLETED", true);
    }

    private Date at(String localDateTime) {
        return Date.from(LocalDateTime.parse(localDateTime).atZone(clock.getZone()).toInstant());
    }

}
