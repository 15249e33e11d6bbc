package org.strengtheningfamilies.partnerapi;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code sf.partner-api.*}: how many requests a partner account may make a minute (unless the
 * administrator set its own), how long an Idempotency-Key is remembered, and how a status callback
 * that fails is retried (a Camunda retry cycle: the intervals between tries, then an incident).
 */
@ConfigurationProperties("sf.partner-api")
public record PartnerApiProperties(
        @DefaultValue("60") int requestsPerMinute,
        @DefaultValue("P30D") Duration idempotencyRetention,
        @DefaultValue("PT1M,PT5M,PT30M,PT2H,PT12H") String callbackRetryCycle,
        @DefaultValue("PT10S") Duration callbackTimeout) {
}
