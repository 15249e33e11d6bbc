package org.strengtheningfamilies.api;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

import org.strengtheningfamilies.kernel.Problem;

/**
 * A variable sent as {@code "type": "Json"} must hold valid JSON. Camunda's REST API parses it while
 * reading the request, before any rule can name the field, and a broken one ends as "not valid JSON"
 * about nothing in particular. This reads the request first and answers 400 naming each such
 * variable (wherever it sits: variables, modifications, message payloads).
 */
@Provider
@Priority(Priorities.ENTITY_CODER)
public class JsonVariablesCheck implements ContainerRequestFilter {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        if (!request.hasEntity() || request.getMediaType() == null
                || !request.getMediaType().isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
            return;
        }
        byte[] body = request.getEntityStream().readAllBytes();
        request.setEntityStream(new ByteArrayInputStream(body));
        JsonNode tree;
        try {
            tree = JSON.readTree(body);
        } catch (JsonProcessingException e) {
            return; // not JSON at all: the resource's reader answers that (EngineRestErrors)
        }
        List<Problem> problems = new ArrayList<>();
        walk(tree, null, problems);
        if (!problems.isEmpty()) {
            request.abortWith(Response.status(400).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(ErrorBody.ofProblems("InvalidCaseData", problems)).build());
        }
    }

    private static void walk(JsonNode node, String name, List<Problem> problems) {
        if (node == null) {
            return;
        }
        if (node.isObject()) {
            JsonNode type = node.get("type");
            JsonNode value = node.get("value");
            if (name != null && type != null && "json".equalsIgnoreCase(type.asText()) && value != null && value.isTextual()) {
                try {
                    JSON.readTree(value.asText());
                } catch (JsonProcessingException e) {
                    problems.add(new Problem(name, "The value of " + name + " is not valid JSON: "
                            + ClientErrors.plain(firstClause(e.getOriginalMessage())) + "."));
                }
                return;
            }
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                walk(field.getValue(), field.getKey(), problems);
            }
        } else if (node.isArray()) {
            for (JsonNode element : node) {
                walk(element, name, problems);
            }
        }
    }

    private static String firstClause(String message) {
        if (message == null) {
            return "it cannot be read";
        }
        int cut = message.indexOf(" (");
        int source = message.indexOf(" at [Source");
        return message.substring(0, Math.min(cut < 0 ? message.length() : cut, source < 0 ? message.length() : source));
    }
}
