package org.strengtheningfamilies.partnerapi;

import java.util.List;

/** A page of referrals, newest first: page numbers from 0, {@code total} over all pages. */
public record ReferralPage(List<StatusAnswer> referrals, int page, int size, long total) {
}
