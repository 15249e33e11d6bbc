package org.strengtheningfamilies.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.strengtheningfamilies.familycase.FamilyCaseElements.*;

import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.strengtheningfamilies.testing.FamilyCaseProcessTest;

/**
 * The e-mail reminders against a real SMTP server (GreenMail, on a free port): what each e-mail says,
 * that it carries no family data, that each goes once, and that a failed send is tried again without
 * touching the case. The sender and the scans run when the test calls them (the schedule runs where
 * the job executor does, which the process tests turn off).
 */
class RemindersTest extends FamilyCaseProcessTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    /** Everything the referral, the panel and the family's forms say about the family (FamilyCaseProcessTest's forms). */
    static final List<String> FAMILY_DATA = List.of("Jo Smith", "Lee Smith", "Smith", "Lakes Estate",
            "ASB injunction", "Three fixed-term exclusions", "Mother on JSA", "Parenting", "Poor school attendance",
            "Meets all three criteria", "Mother agreed", "1980-05-01", "1998-02-11", "School attendance, ASB",
            "Attend school every day");

    @Autowired NotificationSender sender;
    @Autowired ReminderScan scan;
    @Autowired JavaMailSenderImpl mailSender;

    @BeforeEach
    void pointTheMailSenderAtTheTestServer() {
        mailSender.setPort(smtp.getSmtp().getPort());
        for (String user : List.of("kw-cfp-1", "kw-cfp-2", "kw-cfp-3")) {
            withEmail(user);
        }
    }

    @Test
    void allocatingAFamilySendsItsKeyWorkerOneEmailNamingTheTaskAndTheReferenceAndNoFamilyData() throws Exception {
        ProcessInstance pi = startCase(referral("MK-000801"));
        complete(pi, TASK_PANEL_VALIDATION, accept(3, "CFP"));
        Task consent = taskOf(pi, TASK_SEEK_CONSENT);

        assertThat(sender.sendDue()).isEqualTo(1);
        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(1);
        MimeMessage email = received[0];
        assertThat(email.getAllRecipients()[0].toString()).isEqualTo(consent.getAssignee() + "@example.org");
        String text = email.getSubject() + "\n" + body(email);
        assertThat(email.getSubject()).contains("Seek the family's consent").contains("MK-000801").contains("05/10/2013");
        assertThat(text).contains("Task: Seek the family's consent").contains("Case reference: MK-000801")
                .contains("Due: 05/10/2013").contains("/camunda/app/tasklist/default/#/?task=" + consent.getId());
        assertNoFamilyData(text);

        // one e-mail for the allocation, however often the sender runs
        assertThat(sender.sendDue()).isZero();
        assertThat(smtp.getReceivedMessages()).hasSize(1);
        assertThat(jdbc.queryForMap("select status, subject, case_reference from sf_notification", Map.of()))
                .containsEntry("STATUS", "SENT").containsEntry("CASE_REFERENCE", "MK-000801");
    }

    @Test
    void aTaskHandedOnAndAFollowUpDateThatPassesEachSendTheirHolderOneEmail() throws Exception {
        ProcessInstance pi = startCase(referral("MK-000802"));
        complete(pi, TASK_PANEL_VALIDATION, accept(3, "CFP"));
        Task consent = taskOf(pi, TASK_SEEK_CONSENT);
        String other = consent.getAssignee().equals("kw-cfp-3") ? "kw-cfp-2" : "kw-cfp-3";
        sender.sendDue(); // the allocation's
        smtp.purgeEmailFromAllMailboxes();

        // a key worker claiming their own task is told nothing; the coordinator handing it on tells the new holder
        IdentityService identity = engine.getIdentityService();
        identity.setAuthenticatedUserId(consent.getAssignee());
        engine.getTaskService().setAssignee(consent.getId(), consent.getAssignee());
        identity.setAuthenticatedUserId("coordinator");
        engine.getTaskService().setAssignee(consent.getId(), other);
        identity.clearAuthentication();
        assertThat(sender.sendDue()).isEqualTo(1);
        MimeMessage handedOn = smtp.getReceivedMessages()[0];
        assertThat(handedOn.getAllRecipients()[0].toString()).isEqualTo(other + "@example.org");
        assertThat(handedOn.getSubject()).isEqualTo("A task has been handed to you: Seek the family's consent – MK-000802, due 05/10/2013");
        assertNoFamilyData(body(handedOn));

        // the follow-up date (3 days after allocation) passes: one reminder to whoever holds the task then
        assertThat(scan.followUps()).isZero();
        ClockUtil.setCurrentTime(Date.from(LocalDate.of(2013, 10, 3).atTime(9, 0).atZone(clock.getZone()).toInstant()));
        assertThat(scan.followUps()).isEqualTo(1);
        assertThat(scan.followUps()).as("once per task").isZero();
        assertThat(sender.sendDue()).isEqualTo(1);
        MimeMessage reminder = smtp.getReceivedMessages()[1];
        assertThat(reminder.getAllRecipients()[0].toString()).isEqualTo(other + "@example.org");
        assertThat(reminder.getSubject()).isEqualTo("Reminder: Seek the family's consent – MK-000802, due 05/10/2013");
        assertNoFamilyData(body(reminder));
    }

    @Test
    void aFailedSendIsTriedAgainLaterAndNeverHoldsUpTheCase() throws Exception {
        smtp.stop();
        ProcessInstance pi = startCase(referral("MK-000803"));
        complete(pi, TASK_PANEL_VALIDATION, accept(3, "CFP"));
        assertThat(taskOf(pi, TASK_SEEK_CONSENT)).as("the case went on").isNotNull();

        assertThat(sender.sendDue()).isZero();
        Map<String, Object> row = jdbc.queryForMap("select status, attempts, last_error, next_attempt_at from sf_notification", Map.of());
        assertThat(row).containsEntry("STATUS", "PENDING").containsEntry("ATTEMPTS", 1);
        assertThat((String) row.get("LAST_ERROR")).contains("Mail");
        assertThat(((java.sql.Timestamp) row.get("NEXT_ATTEMPT_AT")).toInstant()).isAfter(clock.instant());

        smtp.start();
        mailSender.setPort(smtp.getSmtp().getPort());
        assertThat(sender.sendDue()).as("not before its next attempt").isZero();
        ClockUtil.setCurrentTime(Date.from(clock.instant().plusSeconds(6 * 60)));
        assertThat(sender.sendDue()).isEqualTo(1);
        assertThat(smtp.getReceivedMessages()).hasSize(1);
        assertThat(smtp.getReceivedMessages()[0].getSubject()).contains("MK-000803");
        assertThat(jdbc.queryForMap("select status, attempts from sf_notification", Map.of()))
                .containsEntry("STATUS", "SENT").containsEntry("ATTEMPTS", 2);
    }

    @Test
    void theCoordinatorGetsOneDailyDigestOfOverdueWorkWithNoFamilyData() throws Exception {
        withEmail("coordinator");
        engine.getIdentityService().createMembership("coordinator", "coordinator");
        try {
            ProcessInstance pi = startCase(referral("MK-000804"));
            assertThat(scan.digest()).as("nothing overdue yet").isZero();
            ClockUtil.setCurrentTime(Date.from(LocalDate.of(2013, 10, 20).atTime(7, 0).atZone(clock.getZone()).toInstant()));
            assertThat(scan.digest()).isEqualTo(1);
            assertThat(scan.digest()).as("once a day").isZero();
            assertThat(sender.sendDue()).isEqualTo(1);
            MimeMessage digest = smtp.getReceivedMessages()[0];
            assertThat(digest.getAllRecipients()[0].toString()).isEqualTo("coordinator@example.org");
            assertThat(digest.getSubject()).isEqualTo("Overdue work: 1 task on 20/10/2013");
            String body = body(digest);
            assertThat(body).contains("Validate referral – MK-000804, due 10/10/2013, not yet taken")
                    .contains("#/?task=" + taskOf(pi, TASK_PANEL_VALIDATION).getId());
            assertNoFamilyData(body);
        } finally {
            engine.getIdentityService().deleteMembership("coordinator", "coordinator");
        }
    }

    private void withEmail(String userId) {
        IdentityService identity = engine.getIdentityService();
        User user = identity.createUserQuery().userId(userId).singleResult();
        if (user == null) {
            user = identity.newUser(userId);
        }
        user.setEmail(userId + "@example.org");
        identity.saveUser(user);
    }

    /** The decoded text of an e-mail (a task name with a dash is sent quoted-printable). */
    private static String body(MimeMessage email) {
        try {
            return String.valueOf(email.getContent());
        } catch (java.io.IOException | jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void assertNoFamilyData(String text) {
        for (String datum : FAMILY_DATA) {
            assertThat(text).as("the e-mail must not say " + datum).doesNotContainIgnoringCase(datum);
        }
    }
}
