package org.strengtheningfamilies.security;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;
import org.strengtheningfamilies.api.CachedBody;
import org.strengtheningfamilies.api.ErrorBody;

/**
 * Slows down whoever guesses passwords, not the account they guess at. After a wrong password the
 * same client (address) must wait before trying that account again: 3 s, then twice as long each
 * time, at most a minute; after many wrong passwords for any accounts within a quarter of an hour,
 * the client waits a minute whatever account it tries. Meanwhile the real user, from their own
 * computer, logs in as usual: the engine's own per-account delay and lock are off
 * (application.yaml, login-delay-base and login-max-attempts), because they let anyone lock a member
 * of staff out by typing their user name with a wrong password.
 * Covers HTTP Basic on /engine-rest and /api and the webapps' login form. A refusal is 429 with
 * Retry-After; an answer of 401 gets the project's error body.
 */
class LoginThrottle extends OncePerRequestFilter {

    private static final Logger LOG = LoggerFactory.getLogger(LoginThrottle.class);

    static final Duration FIRST_WAIT = Duration.ofSeconds(3);
    static final Duration LONGEST_WAIT = Duration.ofMinutes(1);
    static final int CLIENT_FAILURES = 20;
    static final Duration CLIENT_WINDOW = Duration.ofMinutes(15);
    private static final int MAX_TRACKED = 10_000;

    private record Failures(int count, Instant last) {
    }

    private final Map<String, Failures> byAccount = new ConcurrentHashMap<>();
    private final Map<String, Failures> byClient = new ConcurrentHashMap<>();
    private final String loginPath;
    // real time, not the business clock: tests and demos move the engine's clock
    private final Clock clock;

    LoginThrottle(String webappsPath, Clock clock) {
        this.loginPath = webappsPath + "/api/admin/auth/user/";
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpServletRequest forwarded = request;
        String user = basicUser(request);
        if (user == null && isLogin(request)) {
            CachedBody body = CachedBody.read(request, 64 * 1024);
            if (body == null) {
                ErrorBody.of("RequestTooLarge", "A login form is never this large").write(response, 413);
                return;
            }
            forwarded = body;
            user = formField(body.text(), "username");
        }
        String client = request.getRemoteAddr();
        if (user != null) {
            Duration wait = waitFor(client, user);
            if (!wait.isZero()) {
                response.setHeader("Retry-After", String.valueOf(Math.max(1, wait.toSeconds())));
                ErrorBody.of("TooManyRequests", "Too many wrong passwords from this computer: wait "
                        + Math.max(1, wait.toSeconds()) + " seconds before trying again").write(response, 429);
                return;
            }
        }
        chain.doFilter(forwarded, response);
        int status = response.getStatus();
        if (user != null && status == 401) {
            failed(client, user);
        } else if (user != null && status < 400) {
            byAccount.remove(key(client, user));
        }
        if (status == 401 && !response.isCommitted() && response.getContentType() == null) {
            ErrorBody.of("Unauthorized", "Log in first: send your user name and password").write(response, 401);
        }
    }

    Duration waitFor(String client, String user) {
        Instant now = clock.instant();
        Failures account = byAccount.get(key(client, user));
        Duration wait = Duration.ZERO;
        if (account != null) {
            wait = remaining(account.last().plus(delay(account.count())), now);
        }
        Failures all = byClient.get(client);
        if (all != null && all.count() >= CLIENT_FAILURES && all.last().plus(CLIENT_WINDOW).isAfter(now)) {
            Duration clientWait = remaining(all.last().plus(LONGEST_WAIT), now);
            wait = clientWait.compareTo(wait) > 0 ? clientWait : wait;
        }
        return wait;
    }

    void failed(String client, String user) {
        Instant now = clock.instant();
        if (byAccount.size() > MAX_TRACKED || byClient.size() > MAX_TRACKED) {
            forgetOld(now);
        }
        byAccount.merge(key(client, user), new Failures(1, now), (old, one) -> new Failures(old.count() + 1, now));
        byClient.merge(client, new Failures(1, now), (old, one) -> old.last().plus(CLIENT_WINDOW).isBefore(now)
                ? one : new Failures(old.count() + 1, now));
        LOG.info("Wrong password for {} from {}", user, client);
    }

    static Duration delay(int failures) {
        long seconds = FIRST_WAIT.toSeconds() << Math.min(failures - 1, 10);
        return Duration.ofSeconds(Math.min(seconds, LONGEST_WAIT.toSeconds()));
    }

    private void forgetOld(Instant now) {
        Instant cutoff = now.minus(CLIENT_WINDOW);
        byAccount.values().removeIf(f -> f.last().isBefore(cutoff));
        byClient.values().removeIf(f -> f.last().isBefore(cutoff));
    }

    private static Duration remaining(Instant until, Instant now) {
        return until.isAfter(now) ? Duration.between(now, until) : Duration.ZERO;
    }

    private static String key(String client, String user) {
        return client + "\u0000" + user;
    }

    private boolean isLogin(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return "POST".equals(request.getMethod()) && path.startsWith(loginPath) && path.contains("/login/");
    }

    static String basicUser(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? decoded : decoded.substring(0, colon);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String formField(String form, String name) {
        for (String pair : form.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && name.equals(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8))) {
                return URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            }
        }
        return null;
    }
}
