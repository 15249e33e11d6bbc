package org.strengtheningfamilies.security;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.CookieManager;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The application as an attacker with a demo login reaches it: HTTP Basic on /engine-rest and /api,
 * a webapp session (cookie and CSRF token) on /camunda/api, chunked bodies, another client address.
 */
final class Probe {

    static final ObjectMapper JSON = new ObjectMapper();

    private final int port;
    private final String engine;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /**
     * The application on {@code port}, whose engine is named {@code engine}: paths are written as for the
     * engine named "default" ({@code /engine-rest/…}, {@code /camunda/api/…/default/…}) and sent to that engine.
     */
    Probe(int port, String engine) {
        this.port = port;
        this.engine = engine;
    }

    URI uri(String path) {
        String addressed = path;
        if (addressed.startsWith("/engine-rest/") && !addressed.startsWith("/engine-rest/engine/")) {
            addressed = "/engine-rest/engine/" + engine + "/" + addressed.substring("/engine-rest/".length());
        } else if (addressed.startsWith("/camunda/")) {
            addressed = addressed.replace("/default/", "/" + engine + "/");
            if (addressed.endsWith("/default")) {
                addressed = addressed.substring(0, addressed.length() - "default".length()) + engine;
            }
        }
        return URI.create("http://localhost:" + port + addressed);
    }

    HttpResponse<String> send(String user, String method, String path, Object body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(120));
        if (user != null) {
            request.header("Authorization", basic(user, "demo"));
        }
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            String text = body instanceof String s ? s : JSON.writeValueAsString(body);
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(text));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> get(String user, String path) throws Exception {
        return send(user, "GET", path, null);
    }

    HttpResponse<String> post(String user, String path, Object body) throws Exception {
        return send(user, "POST", path, body);
    }

    /** A body of unknown length: sent chunked. */
    HttpResponse<String> postChunked(String user, String path, byte[] body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(120))
                .header("Authorization", basic(user, "demo")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    JsonNode json(HttpResponse<String> response) throws IOException {
        if (response.statusCode() / 100 != 2) {
            throw new AssertionError(response.request().method() + " " + response.uri() + " answered "
                    + response.statusCode() + ": " + response.body());
        }
        return response.body().isEmpty() ? JSON.createObjectNode() : JSON.readTree(response.body());
    }

    static JsonNode body(HttpResponse<String> response) throws IOException {
        return response.body() == null || response.body().isBlank() ? JSON.createObjectNode() : JSON.readTree(response.body());
    }

    long count(String user, String path) throws Exception {
        return json(get(user, path)).path("count").asLong(-1);
    }

    long count(String user, String path, Object body) throws Exception {
        return json(post(user, path, body)).path("count").asLong(-1);
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** REST variables: {name: {value}}; lists go as Json, as Tasklist sends them. */
    static Map<String, Object> vars(Object... pairs) throws Exception {
        Map<String, Object> variables = new java.util.LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            Object value = pairs[i + 1];
            variables.put((String) pairs[i], value instanceof List<?> list
                    ? Map.of("type", "Json", "value", JSON.writeValueAsString(list))
                    : value instanceof Map<?, ?> typed && typed.containsKey("type") ? typed : Map.of("value", value));
        }
        return Map.of("variables", variables);
    }

    // ---- the webapps: a logged-in browser ----------------------------------------------------

    /** A browser logged in to a webapp: its session cookie, and the CSRF token its pages send back. */
    final class Browser {
        final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

        Browser login(String user, String app) throws Exception {
            HttpResponse<String> login = client.send(HttpRequest.newBuilder(uri("/camunda/api/admin/auth/user/default/login/" + app))
                    .header("Content-Type", "application/x-www-form-urlencoded").header("X-XSRF-TOKEN", token())
                    .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=demo")).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (login.statusCode() != 200) {
                throw new AssertionError(user + " could not log in to " + app + ": " + login.statusCode() + " " + login.body());
            }
            return this;
        }

        /** The session's token: a page answers it in X-XSRF-TOKEN (the cookie holds the same). */
        String token() throws Exception {
            client.send(HttpRequest.newBuilder(uri("/camunda/app/cockpit/default/")).build(), HttpResponse.BodyHandlers.ofString());
            return ((CookieManager) client.cookieHandler().orElseThrow()).getCookieStore().getCookies().stream()
                    .filter(c -> "XSRF-TOKEN".equals(c.getName())).reduce((a, b) -> b)
                    .orElseThrow(() -> new AssertionError("no CSRF token")).getValue();
        }

        HttpResponse<String> get(String path) throws Exception {
            return client.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> post(String path, Object body, boolean withToken) throws Exception {
            HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body instanceof String s ? s : JSON.writeValueAsString(body)));
            if (withToken) {
                request.header("X-XSRF-TOKEN", token());
            }
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }

        String loggedInUser() throws Exception {
            HttpResponse<String> user = get("/camunda/api/admin/auth/user/default");
            return user.statusCode() == 200 ? JSON.readTree(user.body()).path("userId").asText() : null;
        }
    }

    Browser browser() {
        return new Browser();
    }

    // ---- another computer ---------------------------------------------------------------

    /**
     * A GET from another client address (127.0.0.2, the same machine's loopback): the status only.
     * Java 17's HttpClient cannot choose its local address, so this speaks HTTP/1.1 on a socket.
     */
    int statusFromAnotherClient(String user, String path) throws IOException {
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(InetAddress.getByName("127.0.0.2"), 0));
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 5000);
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: localhost:" + port + "\r\nAuthorization: "
                    + basic(user, "demo") + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            String statusLine = new String(in.readNBytes(12), StandardCharsets.US_ASCII); // "HTTP/1.1 200"
            return Integer.parseInt(statusLine.substring(9, 12));
        }
    }
}
