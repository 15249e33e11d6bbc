package org.strengtheningfamilies.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.mail.MailSenderAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;

/** Reminders are off by default, off without an SMTP host even when asked for, and on with both. */
class NotificationSwitchTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(MailSenderAutoConfiguration.class))
            .withUserConfiguration(NotificationConfiguration.class)
            .withBean(NamedParameterJdbcTemplate.class, () -> new NamedParameterJdbcTemplate(new org.springframework.jdbc.datasource.SimpleDriverDataSource()))
            .withBean(Clock.class, Clock::systemDefaultZone)
            // where jobs do not run, nothing is scheduled (as in these tests)
            .withPropertyValues("camunda.bpm.job-execution.enabled=false");

    @Test
    void offByDefault() {
        context.withPropertyValues("spring.mail.host=localhost").run(app -> {
            assertThat(app).doesNotHaveBean(Reminders.class).doesNotHaveBean(NotificationSender.class);
            assertThat(app).hasSingleBean(JavaMailSender.class);
        });
    }

    @Test
    void offWithoutAnSmtpHostEvenWhenAskedFor() {
        context.withPropertyValues("sf.notifications.enabled=true").run(app ->
                assertThat(app).doesNotHaveBean(Reminders.class).doesNotHaveBean(NotificationOutbox.class));
    }

    @Test
    void onWithBoth() {
        context.withPropertyValues("sf.notifications.enabled=true", "spring.mail.host=localhost").run(app ->
                assertThat(app).hasSingleBean(Reminders.class).hasSingleBean(NotificationSender.class)
                        .hasSingleBean(ReminderScan.class).doesNotHaveBean(NotificationConfiguration.Schedule.class));
    }
}
