package org.strengtheningfamilies.claimwindow;

import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.context.annotation.Lazy;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.strengtheningfamilies.api.ApiAccess;
import org.strengtheningfamilies.reporting.DisclosureControl;

/**
 * Claim returns for the coordinator and managers: {@code GET /api/claim-returns} (the latest, with
 * status and totals), {@code GET /api/claim-returns/{reference}} (its
 * window, status and totals) and {@code GET /api/claim-returns/{reference}.csv} (what the department
 * receives: one line per claimed result, with family references, so for the coordinator and
 * administrators only; managers see totals, under disclosure control).
 */
@RestController
class ClaimReturnController {

    private final ClaimReturns returns;
    private final IdentityService identity;
    private final DisclosureControl disclosure;

    public ClaimReturnController(ClaimReturns returns, @Lazy IdentityService identity, DisclosureControl disclosure) {
        this.returns = returns;
        this.identity = identity;
        this.disclosure = disclosure;
    }

    /** Who may read a return family by family: it names each family and its result. */
    static final Set<String> FAMILY_LINES = Set.of("coordinator", "camunda-admin");

    @GetMapping("/api/claim-returns/{reference}.csv")
    public ResponseEntity<String> csv(@PathVariable String reference) {
        ApiAccess.requireAnyGroup(identity, FAMILY_LINES, "a claim return's lines (family by family)");
        String body = returns.csv(reference);
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + reference + ".csv\"")
                .body(body);
    }

    /** The latest returns first: totals and status only, no family. */
    @GetMapping("/api/claim-returns")
    public Map<String, Object> latest(@RequestParam(defaultValue = "20") String limit) {
        boolean exact = exact();
        ApiAccess.requireAnyGroup(identity, ApiAccess.MANAGEMENT, "the claim returns");
        int count;
        try {
            count = Integer.parseInt(limit.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("limit must be a whole number (was " + limit + ")");
        }
        return Map.of("returns", returns.latest(count).stream()
                .map(r -> ClaimReturnSummary.of(r, exact, disclosure.minimumCell())).toList());
    }

    @GetMapping("/api/claim-returns/{reference}")
    public ClaimReturnSummary summary(@PathVariable String reference) {
        ApiAccess.requireAnyGroup(identity, ApiAccess.MANAGEMENT, "a claim return");
        return ClaimReturnSummary.of(returns.find(reference)
                .orElseThrow(() -> new NoSuchElementException("no claim return " + reference)), exact(), disclosure.minimumCell());
    }

    private boolean exact() {
        var caller = identity.getCurrentAuthentication();
        return caller != null && caller.getGroupIds() != null && caller.getGroupIds().stream().anyMatch(FAMILY_LINES::contains);
    }

}
