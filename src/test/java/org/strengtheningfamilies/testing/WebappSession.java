package org.strengtheningfamilies.testing;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * One user logged in to Tasklist or Cockpit, calling the server as the webapp's own JavaScript does:
 * the session cookie, the CSRF token in {@code X-XSRF-TOKEN} on every request, and the HAL media
 * type the webapps ask for ({@code application/hal+json, application/json; q=0.5}).
 */
public final class WebappSession {

    private static final String ACCEPT = "application/hal+json, application/json; q=0.5";

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private final String user;
    private String token;

    private WebappSession(int port, String user) {
        this.base = "http://localhost:" + port;
        this.user = user;
    }

    /** Logs {@code user} (password {@code demo}) in to {@code app} ("tasklist" or "cockpit"). */
    public static WebappSession login(int port, String user, String app) throws IOException, InterruptedException {
        WebappSession session = new WebappSession(port, user);
        session.token = session.pageToken(app);
        HttpResponse<String> login = session.http.send(HttpRequest.newBuilder(URI.create(session.base
                        + "/camunda/api/admin/auth/user/default/login/" + app))
                .header("Content-Type", "application/x-www-form-urlencoded").header("X-XSRF-TOKEN", session.token)
                .POST(HttpRequest.BodyPublishers.ofString("username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
                        + "&password=demo")).build(), HttpResponse.BodyHandlers.ofString());
        if (login.statusCode() != 200) {
            throw new IllegalStateException(user + " could not log in to " + app + ": " + login.statusCode() + " " + login.body());
        }
        // the session changes at log-in, and with it the token
        session.token = session.pageToken(app);
        return session;
    }

    public String user() {
        return user;
    }

    private String pageToken(String app) throws IOException, InterruptedException {
        http.send(HttpRequest.newBuilder(URI.create(base + "/camunda/app/" + app + "/default/")).build(),
                HttpResponse.BodyHandlers.discarding());
        return ((CookieManager) http.cookieHandler().orElseThrow()).getCookieStore().getCookies().stream()
                .filter(c -> "XSRF-TOKEN".equals(c.getName())).reduce((a, b) -> b)
                .orElseThrow(() -> new IllegalStateException("no CSRF token for " + user)).getValue();
    }

    public String get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    public String post(String path, String json) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    /** The body of a 2xx answer; anything else is a failure of the caller's request. */
    private String send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request.header("Accept", ACCEPT).header("X-XSRF-TOKEN", token)
                .timeout(Duration.ofMinutes(2)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException(user + ": " + response.request().method() + " " + response.uri() + " answered "
                    + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }
}
