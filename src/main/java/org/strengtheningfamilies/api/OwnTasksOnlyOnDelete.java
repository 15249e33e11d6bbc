package org.strengtheningfamilies.api;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;

/**
 * {@code DELETE /task/{id}}: Camunda answers 204 for an id that does not exist and an error for
 * someone else's task, which tells a caller which task ids exist. A task the caller cannot see
 * answers as an unknown one: 404.
 */
@Provider
@Priority(Priorities.AUTHORIZATION)
public class OwnTasksOnlyOnDelete implements ContainerRequestFilter {

    private static final Pattern TASK = Pattern.compile("^(?:engine/([^/]+)/)?task/([^/]+)/?$");

    @Override
    public void filter(ContainerRequestContext request) {
        if (!"DELETE".equals(request.getMethod())) {
            return;
        }
        Matcher task = TASK.matcher(request.getUriInfo().getPath(false).replaceFirst("^/", ""));
        if (!task.matches()) {
            return;
        }
        ProcessEngine engine = task.group(1) != null ? ProcessEngines.getProcessEngine(task.group(1))
                : ProcessEngines.getDefaultProcessEngine();
        if (engine != null && engine.getTaskService().createTaskQuery().taskId(task.group(2)).count() == 0) {
            request.abortWith(Response.status(404).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(ErrorBody.of("NotFound", "There is no task " + task.group(2) + " you may change")).build());
        }
    }
}
