package org.strengtheningfamilies.partnerapi;

import java.time.Duration;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.ratelimiter.RateLimiterRegistry;
import io.github.resilience4j.ratelimiter.internal.AtomicRateLimiter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.web.servlet.HandlerInterceptor;
import org.strengtheningfamilies.api.ErrorBody;

/**
 * Each partner-systems account may make so many requests to /api/referrals a minute (its own
 * requestsPerMinute, else sf.partner-api.requests-per-minute); beyond that it is answered 429 with
 * Retry-After, the seconds until its next request is allowed. The count is kept per node.
 */
class PartnerRateLimits implements HandlerInterceptor {

    private static final Duration PERIOD = Duration.ofMinutes(1);

    private final RateLimiterRegistry registry = RateLimiterRegistry.ofDefaults();
    private final IdentityService identity;
    private final PartnerAccounts accounts;
    private final PartnerApiProperties properties;
    private final ObjectMapper json;

    PartnerRateLimits(IdentityService identity, PartnerAccounts accounts, PartnerApiProperties properties, ObjectMapper json) {
        this.identity = identity;
        this.accounts = accounts;
        this.properties = properties;
        this.json = json;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) throws Exception {
        Authentication caller = identity.getCurrentAuthentication();
        if (caller == null || caller.getGroupIds() == null || !caller.getGroupIds().contains(PartnerAccess.PARTNER_SYSTEMS)) {
            return true;
        }
        int limit = accounts.find(caller.getUserId()).map(PartnerAccounts.Settings::requestsPerMinute)
                .orElse(properties.requestsPerMinute());
        RateLimiter limiter = registry.rateLimiter(caller.getUserId(), () -> RateLimiterConfig.custom()
                .limitForPeriod(limit).limitRefreshPeriod(PERIOD).timeoutDuration(Duration.ZERO).build());
        if (limiter.getRateLimiterConfig().getLimitForPeriod() != limit) {
            limiter.changeLimitForPeriod(limit);
        }
        if (limiter.acquirePermission()) {
            return true;
        }
        long nanos = limiter instanceof AtomicRateLimiter atomic ? atomic.getDetailedMetrics().getNanosToWait() : PERIOD.toNanos();
        long seconds = Math.max(1, (nanos + 999_999_999L) / 1_000_000_000L);
        response.setStatus(429);
        response.setHeader("Retry-After", Long.toString(seconds));
        response.setContentType("application/json");
        json.writeValue(response.getOutputStream(), ErrorBody.of("TooManyRequests", "This account may make " + limit
                + " requests a minute. Try again in " + seconds + " seconds."));
        return false;
    }
}
