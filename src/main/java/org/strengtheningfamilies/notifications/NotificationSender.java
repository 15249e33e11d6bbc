package org.strengtheningfamilies.notifications;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * Sends the outbox's due e-mails to each recipient's address (their Camunda user's e-mail). A failed
 * send is logged and tried again later, the wait doubling each time, until {@code max-attempts}; then
 * it is given up with an error in the log and the reason kept on its row. Nothing here touches a case.
 */
class NotificationSender {

    private static final Logger LOG = LoggerFactory.getLogger(NotificationSender.class);
    private static final Duration LEASE = Duration.ofMinutes(5);
    private static final int BATCH = 100;

    private final NotificationOutbox outbox;
    private final ReminderMail mail;
    private final JavaMailSender sender;
    private final IdentityService identity;
    private final NotificationProperties properties;
    private final Clock clock;

    NotificationSender(NotificationOutbox outbox, ReminderMail mail, JavaMailSender sender, IdentityService identity,
                       NotificationProperties properties, Clock clock) {
        this.outbox = outbox;
        this.mail = mail;
        this.sender = sender;
        this.identity = identity;
        this.properties = properties;
        this.clock = clock;
    }

    /** Sends what is due now: the number sent. */
    int sendDue() {
        int sent = 0;
        for (long id : outbox.due(clock.instant(), BATCH)) {
            Instant now = clock.instant();
            if (outbox.take(id, now, now.plus(LEASE)) && send(outbox.find(id))) {
                sent++;
            }
        }
        return sent;
    }

    private boolean send(Notification n) {
        Instant now = clock.instant();
        try {
            Optional<String> address = addressOf(n.recipient());
            if (address.isEmpty()) {
                LOG.warn("E-mail {} ({}) not sent: user {} has no e-mail address", n.id(), n.kind(), n.recipient());
                outbox.failed(n.id(), "user " + n.recipient() + " has no e-mail address", now);
                return false;
            }
            Optional<ReminderMail.Message> message = mail.compose(n);
            if (message.isEmpty()) {
                outbox.skipped(n.id(), "nothing to say any more (the task has ended or moved on)", now);
                return false;
            }
            SimpleMailMessage email = new SimpleMailMessage();
            email.setFrom(properties.from());
            email.setTo(address.get());
            email.setSubject(message.get().subject());
            email.setText(message.get().body());
            sender.send(email);
            outbox.sent(n.id(), message.get().subject(), clock.instant());
            LOG.info("E-mail {} ({}) sent to {}", n.id(), n.kind(), n.recipient());
            return true;
        } catch (RuntimeException e) { // MailException, or the engine or database away for a moment
            int attempt = n.attempts() + 1;
            String why = e.getClass().getSimpleName() + ": " + e.getMessage();
            if (attempt >= properties.maxAttempts()) {
                LOG.error("E-mail {} ({}) to {} given up after {} attempts: {}", n.id(), n.kind(), n.recipient(), attempt, why);
                outbox.failed(n.id(), why, now);
            } else {
                Instant next = now.plus(properties.retryAfter().multipliedBy(1L << Math.min(attempt - 1, 10)));
                LOG.warn("E-mail {} ({}) to {} failed (attempt {} of {}), tried again at {}: {}", n.id(), n.kind(),
                        n.recipient(), attempt, properties.maxAttempts(), next, why);
                outbox.retryAt(n.id(), why, next);
            }
            return false;
        }
    }

    private Optional<String> addressOf(String userId) {
        User user = identity.createUserQuery().userId(userId).singleResult();
        return Optional.ofNullable(user).map(User::getEmail).filter(email -> !email.isBlank());
    }
}
