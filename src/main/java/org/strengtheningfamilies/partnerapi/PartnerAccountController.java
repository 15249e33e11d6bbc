package org.strengtheningfamilies.partnerapi;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.context.annotation.Lazy;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.strengtheningfamilies.kernel.Problem;
import org.strengtheningfamilies.partnerapi.PartnerAccess.Caller;
import org.strengtheningfamilies.api.ErrorBody;

/**
 * The administrator's settings of partner-systems accounts: the status callback (URL and shared
 * secret) and the account's own request rate. The accounts themselves are users in the
 * {@code partner-systems} group, created in Camunda Admin. The secret is never shown again.
 */
@RestController
@Tag(name = "Partner accounts", description = "Administrators: status callbacks and rate limits of partner systems")
public class PartnerAccountController {

    static final int MINIMUM_SECRET_LENGTH = 32;

    /** What the administrator sets; all optional: a null callback URL and secret turn callbacks off. */
    public record SettingsRequest(String callbackUrl, String callbackSecret, Integer requestsPerMinute) {
    }

    /** An account as the administrator sees it (never the secret). */
    public record AccountView(String userId, String name, String callbackUrl, boolean callbackSecretSet,
                              Integer requestsPerMinute, int effectiveRequestsPerMinute, Instant updatedAt,
                              String updatedBy) {
    }

    private final PartnerAccounts accounts;
    private final IdentityService identity;
    private final PartnerApiProperties properties;
    private final Clock clock;

    PartnerAccountController(PartnerAccounts accounts, @Lazy IdentityService identity, PartnerApiProperties properties,
                             Clock clock) {
        this.accounts = accounts;
        this.identity = identity;
        this.properties = properties;
        this.clock = clock;
    }

    @GetMapping(path = "/api/partner-accounts", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Every partner-systems account with its settings")
    public List<AccountView> list() {
        requireAdministrator();
        return identity.createUserQuery().memberOfGroup(PartnerAccess.PARTNER_SYSTEMS).orderByUserId().asc().list()
                .stream().map(this::view).toList();
    }

    @GetMapping(path = "/api/partner-accounts/{userId}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "One partner-systems account with its settings")
    public AccountView get(@PathVariable String userId) {
        requireAdministrator();
        return view(partnerAccount(userId));
    }

    @PutMapping(path = "/api/partner-accounts/{userId}", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Set an account's status callback and request rate",
            description = "callbackUrl (http or https) with callbackSecret (at least 32 characters) turn status "
                    + "callbacks on; both null turn them off. requestsPerMinute null: the default (sf.partner-api).")
    public AccountView put(@PathVariable String userId, @RequestBody SettingsRequest request) {
        Caller administrator = requireAdministrator();
        User user = partnerAccount(userId);
        List<Problem> problems = new ArrayList<>();
        String url = blankToNull(request.callbackUrl());
        String secret = blankToNull(request.callbackSecret());
        if (url != null) {
            checkUrl(url, problems);
            if (secret == null) {
                problems.add(new Problem("callbackSecret", "callbackSecret is required with a callbackUrl: the "
                        + "partner checks each callback's signature with it."));
            }
        } else if (secret != null) {
            problems.add(new Problem("callbackUrl", "callbackUrl is required with a callbackSecret."));
        }
        if (secret != null && secret.length() < MINIMUM_SECRET_LENGTH) {
            problems.add(new Problem("callbackSecret", "callbackSecret must be at least " + MINIMUM_SECRET_LENGTH
                    + " characters (e.g. openssl rand -hex 32)."));
        }
        Integer rate = request.requestsPerMinute();
        if (rate != null && (rate < 1 || rate > 100_000)) {
            problems.add(new Problem("requestsPerMinute", "requestsPerMinute must be from 1 to 100000 (it was " + rate + ")."));
        }
        if (!problems.isEmpty()) {
            throw new ErrorBody.Refusal(HttpStatus.BAD_REQUEST, ErrorBody.ofProblems("InvalidSettings", problems));
        }
        accounts.save(new PartnerAccounts.Settings(userId, url, secret, rate, clock.instant(), administrator.userId()));
        return view(user);
    }

    private static void checkUrl(String url, List<Problem> problems) {
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("https") || scheme.equals("http")) || uri.getHost() == null || uri.getUserInfo() != null) {
                problems.add(new Problem("callbackUrl", "callbackUrl must be an http or https address such as "
                        + "https://partner.example.org/referral-status, without a user name (it was " + url + ")."));
            }
        } catch (URISyntaxException e) {
            problems.add(new Problem("callbackUrl", "callbackUrl is not a web address (it was " + url + ")."));
        }
    }

    private AccountView view(User user) {
        PartnerAccounts.Settings settings = accounts.find(user.getId()).orElse(null);
        String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
                + (user.getLastName() == null ? "" : user.getLastName())).trim();
        Integer rate = settings == null ? null : settings.requestsPerMinute();
        return new AccountView(user.getId(), name, settings == null ? null : settings.callbackUrl(),
                settings != null && settings.callbackSecret() != null, rate,
                rate == null ? properties.requestsPerMinute() : rate,
                settings == null ? null : settings.updatedAt(), settings == null ? null : settings.updatedBy());
    }

    private User partnerAccount(String userId) {
        User user = identity.createUserQuery().userId(userId).memberOfGroup(PartnerAccess.PARTNER_SYSTEMS).singleResult();
        if (user == null) {
            throw new ErrorBody.Refusal(HttpStatus.NOT_FOUND, ErrorBody.of("NotFound", "No partner-systems account "
                    + userId + ": create the user in Camunda Admin and add it to the group partner-systems."));
        }
        return user;
    }

    private Caller requireAdministrator() {
        Caller caller = PartnerAccess.caller(identity);
        if (!caller.administers()) {
            throw PartnerAccess.forbidden("Partner accounts are for administrators.");
        }
        return caller;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
