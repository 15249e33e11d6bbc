package org.strengtheningfamilies.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.plugin.variable.value.JsonValue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A family's steps through Camunda's REST API (/engine-rest) as Tasklist sends them: the start form
 * and each task's form submitted by its user after claiming it, with the variable names of the
 * variable contract; the job executor's work (off in these tests) done by {@link EngineSteps}.
 */
public final class RestSteps {

    private final RestSession rest;
    private final String api;
    private final EngineSteps engine;

    /** @param engineName the engine's name, as a unique one is in tests (/engine-rest/engine/{name}) */
    public RestSteps(int port, String engineName, EngineSteps engine) {
        this.rest = new RestSession(port);
        this.api = "/engine-rest/engine/" + engineName;
        this.engine = engine;
    }

    /** Submits the family-case start form; the new case's id. */
    public String start(String user, Map<String, Object> referral) throws Exception {
        JsonNode started = rest.post(user, api + "/process-definition/key/family-case/submit-form",
                RestSession.JSON.createObjectNode().set("variables", variables(referral)).toString());
        engine.runAsyncSteps();
        return started.path("id").asText();
    }

    /** The user finds the case's open task, claims it and submits its form, as in Tasklist. */
    public void complete(String user, String processInstanceId, String taskKey, Map<String, Object> variables)
            throws Exception {
        JsonNode tasks = rest.get(user, api + "/task?processInstanceId=" + processInstanceId
                + "&taskDefinitionKey=" + taskKey);
        assertThat(tasks).as(user + " sees the open task " + taskKey).hasSize(1);
        String task = tasks.get(0).path("id").asText();
        if (tasks.get(0).path("assignee").isNull()) {
            rest.post(user, api + "/task/" + task + "/claim", "{\"userId\": \"" + user + "\"}");
        }
        rest.post(user, api + "/task/" + task + "/submit-form",
                RestSession.JSON.createObjectNode().set("variables", variables(variables)).toString());
        engine.runAsyncSteps();
    }

    /** A variable of the case as the REST API gives it to {@code user}. */
    public JsonNode variable(String user, String processInstanceId, String name) throws Exception {
        return rest.get(user, api + "/history/variable-instance?processInstanceId=" + processInstanceId
                + "&variableName=" + name + "&deserializeValues=false").path(0).path("value");
    }

    /** Camunda REST's variable format: a JSON value as text of type Json, the rest as they are. */
    static ObjectNode variables(Map<String, Object> values) {
        ObjectNode variables = RestSession.JSON.createObjectNode();
        for (String name : values.keySet()) {
            Object value = values instanceof VariableMap typed ? typed.getValueTyped(name) : values.get(name);
            ObjectNode variable = variables.putObject(name);
            if (value instanceof JsonValue json) {
                variable.put("value", json.getValueSerialized()).put("type", "Json");
            } else {
                variable.set("value", RestSession.JSON.valueToTree(value instanceof TypedValue typed ? typed.getValue() : value));
            }
        }
        return variables;
    }
}
