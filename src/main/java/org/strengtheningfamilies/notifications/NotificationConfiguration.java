package org.strengtheningfamilies.notifications;

import java.time.Clock;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;

/**
 * E-mail reminders, on only with {@code sf.notifications.enabled=true} and an SMTP server
 * ({@code spring.mail.host}, which is what makes Spring Boot create the mail sender). Off, nothing is
 * written or sent. The sending and scanning run on the nodes that run the engine's jobs.
 */
@Configuration
@EnableConfigurationProperties(NotificationProperties.class)
class NotificationConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(NotificationConfiguration.class);
    /** spring.mail.host is also what makes Spring Boot create the JavaMailSender. */
    static final String ON = "${sf.notifications.enabled:false} and '${spring.mail.host:}' != ''";

    @Configuration
    @ConditionalOnExpression(ON)
    static class On {

        @Bean
        NotificationOutbox notificationOutbox(NamedParameterJdbcTemplate jdbc) {
            return new NotificationOutbox(jdbc);
        }

        @Bean
        Reminders reminders(NotificationOutbox outbox, Clock clock) {
            return new Reminders(outbox, clock);
        }

        @Bean
        ReminderScan reminderScan(@Lazy TaskService tasks, @Lazy IdentityService identity, NotificationOutbox outbox,
                                  Clock clock) {
            return new ReminderScan(tasks, identity, outbox, clock);
        }

        @Bean
        ReminderMail reminderMail(@Lazy TaskService tasks, @Lazy RuntimeService runtime, @Lazy RepositoryService repository,
                                  NotificationProperties properties, Clock clock) {
            return new ReminderMail(tasks, runtime, repository, properties.tasklistUrl(), clock);
        }

        @Bean
        NotificationSender notificationSender(NotificationOutbox outbox, ReminderMail mail, JavaMailSender sender,
                                              @Lazy IdentityService identity, NotificationProperties properties, Clock clock) {
            return new NotificationSender(outbox, mail, sender, identity, properties, clock);
        }

        @EventListener(ApplicationReadyEvent.class)
        public void announce() {
            LOG.info("E-mail reminders are on (sf.notifications.enabled, spring.mail.host)");
        }
    }

    /** The background work, where jobs run (off in the tests, which call it themselves). */
    @Configuration
    @EnableScheduling
    @ConditionalOnExpression(ON + " and ${camunda.bpm.job-execution.enabled:true}")
    static class Schedule {

        private final NotificationSender sender;
        private final ReminderScan scan;

        Schedule(NotificationSender sender, ReminderScan scan) {
            this.sender = sender;
            this.scan = scan;
        }

        @Scheduled(fixedDelayString = "${sf.notifications.send-every:PT30S}", initialDelayString = "PT20S")
        public void send() {
            run("sending e-mails", sender::sendDue);
        }

        @Scheduled(fixedDelayString = "${sf.notifications.scan-every:PT15M}", initialDelayString = "PT1M")
        public void followUps() {
            run("looking for tasks past their follow-up date", scan::followUps);
        }

        @Scheduled(cron = "${sf.notifications.digest-cron:0 0 7 * * *}")
        public void digest() {
            run("the coordinator's digest", scan::digest);
        }

        private static void run(String what, java.util.function.IntSupplier work) {
            try {
                work.getAsInt();
            } catch (RuntimeException e) {
                // the next round tries again; a database away for a moment must not stop the schedule
                LOG.warn("E-mail reminders: {} failed: {}", what, e.toString());
            }
        }
    }

    /** Says so when reminders were asked for but cannot be sent. */
    @Bean
    Object notificationsCheck(@Value("${sf.notifications.enabled:false}") boolean enabled,
                              @Value("${spring.mail.host:}") String host) {
        if (enabled && host.isBlank()) {
            LOG.warn("sf.notifications.enabled is true but spring.mail.host is not set: no e-mail is sent");
        }
        return new Object();
    }
}
