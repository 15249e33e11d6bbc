package org.strengtheningfamilies.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.strengtheningfamilies.testing.DemoCohortTest;

/**
 * The project's /api/* answers the user logged in to the Camunda webapps (the Cockpit dashboard
 * plugin calls it with that session), still subject to the role checks; HTTP Basic keeps working;
 * no session and no credentials is a 401.
 */
@DemoCohortTest // the webapps (their login and session) run in this context
class DashboardSessionAuthenticationTest {

    private static final String REPORT = "/api/reports/targets?asOf=2012-12-31";

    @LocalServerPort int port;

    @Test
    void aManagerLoggedInToCockpitReadsTheReportsWithTheSession() throws Exception {
        HttpClient browser = newBrowser();
        assertThat(login(browser, "manager", "cockpit")).isEqualTo(200);

        HttpResponse<String> report = get(browser, REPORT);
        assertThat(report.statusCode()).isEqualTo(200);
        assertThat(report.body()).contains("\"targetFamilies\"");
    }

    @Test
    void aChangeWithTheSessionNeedsTheSessionsCsrfToken() throws Exception {
        HttpClient browser = newBrowser();
        assertThat(login(browser, "manager", "cockpit")).isEqualTo(200);
        HttpResponse<String> withoutToken = browser.send(HttpRequest.newBuilder(uri(REPORT))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(withoutToken.statusCode()).isEqualTo(401);

        // with the token the session authenticates, and the report then answers that it only reads
        HttpResponse<String> withToken = browser.send(HttpRequest.newBuilder(uri(REPORT)).header("X-XSRF-TOKEN", csrfToken(browser))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(withToken.statusCode()).isEqualTo(405);
    }

    @Test
    void aKeyWorkerLoggedInToTasklistIsRefusedTheReports() throws Exception {
        HttpClient browser = newBrowser();
        assertThat(login(browser, "kw-cfp-1", "tasklist")).isEqualTo(200);

        assertThat(get(browser, REPORT).statusCode()).isEqualTo(403);
    }

    @Test
    void withoutSessionOrCredentialsTheAnswerIs401() throws Exception {
        assertThat(get(newBrowser(), REPORT).statusCode()).isEqualTo(401);
    }

    @Test
    void afterLogoutTheSessionNoLongerOpensTheReports() throws Exception {
        HttpClient browser = newBrowser();
        assertThat(login(browser, "manager", "cockpit")).isEqualTo(200);
        String token = csrfToken(browser);
        HttpResponse<String> logout = browser.send(HttpRequest.newBuilder(uri("/camunda/api/admin/auth/user/" + DemoCohortTest.ENGINE + "/logout"))
                .header("X-XSRF-TOKEN", token).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(logout.statusCode()).isLessThan(300);

        assertThat(get(browser, REPORT).statusCode()).isEqualTo(401);
    }

    @Test
    void basicCredentialsStillWorkAndWrongOnesAreRefusedEvenWithASession() throws Exception {
        HttpClient anonymous = newBrowser();
        assertThat(anonymous.send(HttpRequest.newBuilder(uri(REPORT)).header("Authorization", basic("manager", "demo")).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);

        HttpClient browser = newBrowser();
        login(browser, "manager", "cockpit");
        assertThat(browser.send(HttpRequest.newBuilder(uri(REPORT)).header("Authorization", basic("manager", "wrong")).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(401);
    }

    private HttpClient newBrowser() {
        return HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    }

    /** As the webapp's login page does: a CSRF token from a GET, then the form post with it. */
    private int login(HttpClient browser, String user, String app) throws Exception {
        String token = csrfToken(browser);
        HttpResponse<String> response = browser.send(HttpRequest.newBuilder(uri("/camunda/api/admin/auth/user/" + DemoCohortTest.ENGINE + "/login/" + app))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-XSRF-TOKEN", token)
                .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=demo")).build(),
                HttpResponse.BodyHandlers.ofString());
        return response.statusCode();
    }

    private String csrfToken(HttpClient browser) throws Exception {
        HttpResponse<String> page = browser.send(HttpRequest.newBuilder(uri("/camunda/app/cockpit/" + DemoCohortTest.ENGINE + "/")).build(),
                HttpResponse.BodyHandlers.ofString());
        return page.headers().firstValue("X-XSRF-TOKEN").orElseThrow(() -> new AssertionError("no CSRF token on " + page.uri()));
    }

    private HttpResponse<String> get(HttpClient browser, String path) throws Exception {
        return browser.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes());
    }
}
