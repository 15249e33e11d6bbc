package org.strengtheningfamilies.claimwindow;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.context.annotation.Lazy;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.strengtheningfamilies.api.ApiAccess;

/**
 * Claim returns for the coordinator and managers: {@code GET /api/claim-returns} (the latest, with
 * status and totals), {@code GET /api/claim-returns/{reference}} (its
 * window, status and totals) and {@code GET /api/claim-returns/{reference}.csv} (what the department
 * receives: one line per claimed result, with family references, so only for those roles).
 */
@RestController
class ClaimReturnController {

    private final ClaimReturns returns;
    private final IdentityService identity;

    public ClaimReturnController(ClaimReturns returns, @Lazy IdentityService identity) {
        this.returns = returns;
        this.identity = identity;
    }

    @GetMapping("/api/claim-returns/{reference}.csv")
    public ResponseEntity<String> csv(@PathVariable String reference) {
        ApiAccess.requireAnyGroup(identity, ApiAccess.MANAGEMENT, "a claim return");
        String body = returns.csv(reference);
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + reference + ".csv\"")
                .body(body);
    }

    @ExceptionHandler(IllegalArgumentException.class)
    public ResponseEntity<Map<String, Object>> badRequest(IllegalArgumentException e) {
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("status", 400, "message", e.getMessage()));
    }

    @ExceptionHandler(NoSuchElementException.class)
    public ResponseEntity<Map<String, Object>> notFound(NoSuchElementException e) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("status", 404, "message", e.getMessage()));
    }

    /** The latest returns first: totals and status only, no family. */
    @GetMapping("/api/claim-returns")
    public Map<String, Object> latest(@RequestParam(defaultValue = "20") String limit) {
        ApiAccess.requireAnyGroup(identity, ApiAccess.MANAGEMENT, "the claim returns");
        int count;
        try {
            count = Integer.parseInt(limit.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("limit must be a whole number (was " + limit + ")");
        }
        return Map.of("returns", returns.latest(count).stream().map(ClaimReturnController::summary).toList());
    }

    @GetMapping("/api/claim-returns/{reference}")
    public Map<String, Object> summary(@PathVariable String reference) {
        ApiAccess.requireAnyGroup(identity, ApiAccess.MANAGEMENT, "a claim return");
        return summary(returns.find(reference)
                .orElseThrow(() -> new NoSuchElementException("no claim return " + reference)));
    }

    private static Map<String, Object> summary(ClaimReturn r) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("reference", r.reference());
        body.put("windowFrom", r.windowFrom().toString());
        body.put("windowTo", r.windowTo().toString());
        body.put("status", r.status());
        body.put("claims", r.claims());
        body.put("results", r.results());
        body.put("total", java.math.BigDecimal.valueOf(r.totalPence(), 2));
        body.put("createdAt", r.createdAt().toString());
        body.put("signedOffBy", r.signedOffBy());
        body.put("signedOffAt", r.signedOffAt() == null ? null : r.signedOffAt().toString());
        body.put("csv", "/api/claim-returns/" + r.reference() + ".csv");
        return body;
    }
}
