package org.strengtheningfamilies.partnerapi;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.context.annotation.Lazy;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.strengtheningfamilies.kernel.Problem;
import org.strengtheningfamilies.partnerapi.PartnerAccess.Caller;
import org.strengtheningfamilies.api.ErrorBody;

/**
 * {@code POST /api/referrals} (a referral in the start form's terms), {@code GET /api/referrals}
 * (the caller's own; the coordinator's: all) and {@code GET /api/referrals/{familyRef}} (where one
 * stands). docs/partner-api.md shows each with curl.
 */
@RestController
@Tag(name = "Referrals", description = "Partner agencies refer families and hear where each referral stands")
public class ReferralController {

    static final int MAX_PAGE_SIZE = 100;

    private final Referrals referrals;
    private final ReferralStatuses statuses;
    private final IdentityService identity;

    ReferralController(Referrals referrals, ReferralStatuses statuses, @Lazy IdentityService identity) {
        this.referrals = referrals;
        this.statuses = statuses;
        this.identity = identity;
    }

    @PostMapping(path = "/api/referrals", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Refer a family",
            description = "The referral in the start form's names (docs/variables.md). Checked by the same rules as "
                    + "the Tasklist start form: a 400 lists every problem by field and starts nothing. Retry safely "
                    + "with an Idempotency-Key: the same key and body answer the first answer again.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
                    content = @Content(schema = @Schema(ref = ApiDocsConfiguration.REFERRAL_SCHEMA))),
            parameters = @Parameter(in = ParameterIn.HEADER, name = Referrals.IDEMPOTENCY_KEY,
                    description = "A key of your choosing (e.g. a UUID), unique per referral", required = false),
            responses = {
                    @ApiResponse(responseCode = "201", description = "The case started; Location is its status",
                            content = @Content(schema = @Schema(implementation = StatusAnswer.class))),
                    @ApiResponse(responseCode = "400", description = "Every problem, by field; nothing started",
                            content = @Content(schema = @Schema(implementation = ErrorBody.class))),
                    @ApiResponse(responseCode = "409", description = "The Idempotency-Key was used for another referral",
                            content = @Content(schema = @Schema(implementation = ErrorBody.class))),
                    @ApiResponse(responseCode = "429", description = "Too many requests: wait Retry-After seconds",
                            content = @Content(schema = @Schema(implementation = ErrorBody.class)))})
    public ResponseEntity<String> refer(@RequestBody JsonNode body,
                                        @RequestHeader(name = Referrals.IDEMPOTENCY_KEY, required = false) String key) {
        Caller caller = PartnerAccess.caller(identity);
        if (!caller.refers()) {
            throw PartnerAccess.forbidden("Referring a family is for referrers and partner systems.");
        }
        Referrals.Answer answer = referrals.refer(caller.userId(), body, key);
        URI location = ServletUriComponentsBuilder.fromCurrentContextPath().path(answer.location()).build().toUri();
        ResponseEntity.BodyBuilder response = ResponseEntity.status(answer.status()).location(location)
                .contentType(MediaType.APPLICATION_JSON);
        if (answer.replayed()) {
            response.header("Idempotent-Replayed", "true");
        }
        return response.body(answer.body());
    }

    @GetMapping(path = "/api/referrals/{familyRef}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Where a referral stands",
            description = "For the referrer who made it and the coordinator; the latest case of the family.")
    public StatusAnswer status(@PathVariable String familyRef) {
        Caller caller = PartnerAccess.caller(identity);
        if (!caller.coordinates() && !caller.refers()) {
            throw PartnerAccess.forbidden("A referral's status is for the referrer who made it and the coordinator.");
        }
        return statuses.latest(familyRef, caller.coordinates() ? null : caller.userId())
                .orElseThrow(() -> new ErrorBody.Refusal(HttpStatus.NOT_FOUND, ErrorBody.of("NotFound",
                        "No referral of " + familyRef + (caller.coordinates() ? "" : " made by you") + ".")));
    }

    @GetMapping(path = "/api/referrals", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Referrals and where each stands",
            description = "The caller's own referrals, newest first; the coordinator's: every referral.")
    public ReferralPage list(@RequestParam(defaultValue = "0") String page,
                                      @RequestParam(defaultValue = "20") String size) {
        Caller caller = PartnerAccess.caller(identity);
        if (!caller.coordinates() && !caller.refers()) {
            throw PartnerAccess.forbidden("Referrals are for the referrers who made them and the coordinator.");
        }
        List<Problem> problems = new ArrayList<>();
        int pageNumber = number("page", page, 0, Integer.MAX_VALUE / MAX_PAGE_SIZE, problems);
        int pageSize = number("size", size, 1, MAX_PAGE_SIZE, problems);
        if (!problems.isEmpty()) {
            throw new ErrorBody.Refusal(HttpStatus.BAD_REQUEST, ErrorBody.ofProblems("InvalidRequest", problems));
        }
        return statuses.page(caller.coordinates() ? null : caller.userId(), pageNumber, pageSize);
    }

    private static int number(String name, String raw, int min, int max, List<Problem> problems) {
        try {
            int value = Integer.parseInt(raw.trim());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add(new Problem(name, name + " must be a whole number from " + min + " to " + max + " (it was " + raw + ")."));
        return min;
    }
}
