package org.strengtheningfamilies.partnerapi;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.http.HttpStatus;
import org.strengtheningfamilies.api.ErrorBody;

/**
 * Who may use /api/referrals: referrers (Tasklist staff of partner agencies) and partner systems
 * refer and read their own referrals; the coordinator reads all. A partner-systems account may use
 * nothing else (the engine's REST API and the webapps refuse it: {@link PartnerAccountBoundary}).
 */
final class PartnerAccess {

    static final String PARTNER_SYSTEMS = "partner-systems";
    static final String REFERRERS = "referrers";
    static final String COORDINATOR = "coordinator";
    static final String ADMINISTRATORS = "camunda-admin";

    /** The caller and what they may do here. */
    record Caller(String userId, List<String> groups) {
        boolean refers() {
            return groups.contains(REFERRERS) || groups.contains(PARTNER_SYSTEMS);
        }

        boolean coordinates() {
            return groups.contains(COORDINATOR);
        }

        boolean administers() {
            return groups.contains(ADMINISTRATORS);
        }

        boolean isPartnerSystem() {
            return groups.contains(PARTNER_SYSTEMS);
        }
    }

    private PartnerAccess() {
    }

    static Caller caller(IdentityService identity) {
        Authentication authentication = identity.getCurrentAuthentication();
        if (authentication == null || authentication.getUserId() == null) {
            throw new ErrorBody.Refusal(HttpStatus.UNAUTHORIZED, ErrorBody.of("Unauthorized",
                    "Log in: HTTP Basic with the account's user id and password."));
        }
        List<String> groups = authentication.getGroupIds() == null ? List.of() : List.copyOf(authentication.getGroupIds());
        return new Caller(authentication.getUserId(), groups);
    }

    static ErrorBody.Refusal forbidden(String what) {
        return new ErrorBody.Refusal(HttpStatus.FORBIDDEN, ErrorBody.of("Forbidden", what));
    }
}
