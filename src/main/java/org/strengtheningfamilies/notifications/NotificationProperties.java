package org.strengtheningfamilies.notifications;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * E-mail reminders ({@code sf.notifications.*}); the SMTP server is Spring Boot's {@code spring.mail.*}.
 *
 * @param enabled      off by default; on only with {@code spring.mail.host} set as well
 * @param from         the sender address
 * @param tasklistUrl  where the link in each e-mail points (Tasklist as staff reach it)
 * @param sendEvery    how often waiting e-mails are sent
 * @param scanEvery    how often tasks past their follow-up date are looked for
 * @param digestCron   when the coordinator's daily digest of overdue work is sent (Spring cron, system zone)
 * @param maxAttempts  how many times a failing e-mail is tried before it is given up (and logged)
 * @param retryAfter   the wait after the first failure; it doubles after each further one
 */
@ConfigurationProperties(prefix = "sf.notifications")
public record NotificationProperties(
        @DefaultValue("false") boolean enabled,
        @DefaultValue("strengthening-families@localhost") String from,
        @DefaultValue("http://localhost:8080/camunda/app/tasklist/default/") String tasklistUrl,
        @DefaultValue("PT30S") Duration sendEvery,
        @DefaultValue("PT15M") Duration scanEvery,
        @DefaultValue("0 0 7 * * *") String digestCron,
        @DefaultValue("5") int maxAttempts,
        @DefaultValue("PT5M") Duration retryAfter) {
}
