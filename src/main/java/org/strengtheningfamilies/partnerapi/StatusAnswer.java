package org.strengtheningfamilies.partnerapi;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Where one referral stands (STATUS.md's status contract): the family reference, the day it was
 * referred, the status code with its plain words, a detail where the status has one (the panel's
 * question or reason, why the family was signposted) and when the status was reached. Nothing else
 * of the family.
 */
public record StatusAnswer(String familyRef, LocalDate referredOn, String status, String statusText, String detail,
                           Instant updatedAt) {

    static StatusAnswer of(String familyRef, LocalDate referredOn, ReferralStatus status, String detail, Instant updatedAt) {
        return new StatusAnswer(familyRef, referredOn, status.name(), status.text(),
                detail == null ? status.meaning() : detail, updatedAt);
    }
}
