package org.strengtheningfamilies.testing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The REST API of one node as a user with password {@code demo} would call it. */
public final class RestSession {

    static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final int port;
    private final String engineRest;

    /** The REST API of the engine named "default" ({@code /engine-rest/…}), as the README's calls use it. */
    public RestSession(int port) {
        this(port, null);
    }

    /** The REST API of the engine named {@code engine}: {@code /engine-rest/…} is sent to {@code /engine-rest/engine/{engine}/…}. */
    public RestSession(int port, String engine) {
        this.port = port;
        this.engineRest = engine == null ? "/engine-rest/" : "/engine-rest/engine/" + engine + "/";
    }

    /** The status and body, whatever they are; IOException when the node is not there. */
    public HttpResponse<String> send(String method, String user, String path, String body)
            throws IOException, InterruptedException {
        String target = path.startsWith("/engine-rest/") ? engineRest + path.substring("/engine-rest/".length()) : path;
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + target))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    public JsonNode get(String user, String path) throws IOException, InterruptedException {
        return expect(send("GET", user, path, null), path);
    }

    public JsonNode post(String user, String path, String body) throws IOException, InterruptedException {
        return expect(send("POST", user, path, body), path);
    }

    public JsonNode put(String user, String path, String body) throws IOException, InterruptedException {
        return expect(send("PUT", user, path, body), path);
    }

    private static JsonNode expect(HttpResponse<String> response, String path) throws IOException {
        if (response.statusCode() / 100 != 2) {
            throw new UnexpectedStatus(path, response.statusCode(), response.body());
        }
        return response.body().isEmpty() ? JSON.createObjectNode() : JSON.readTree(response.body());
    }

    /** A refusal or failure of the application, as opposed to the node being away. */
    public static final class UnexpectedStatus extends RuntimeException {
        public final int status;

        UnexpectedStatus(String path, int status, String body) {
            super(path + " answered " + status + ": " + body);
            this.status = status;
        }
    }
}
