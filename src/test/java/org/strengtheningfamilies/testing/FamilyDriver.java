package org.strengtheningfamilies.testing;

import static org.strengtheningfamilies.familycase.FamilyCaseElements.*;

import java.io.IOException;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Takes one family through the REST API to a stage, the way staff would, and keeps going when the
 * node it talks to disappears: every round reads the case's state again, so a step whose answer was
 * lost (the node killed after the commit) is never taken twice by the driver itself.
 */
public final class FamilyDriver {

    public enum Stage {
        REFERRED(TASK_PANEL_VALIDATION),
        ALLOCATED(TASK_SEEK_CONSENT),
        PLANNING(TASK_AGREE_FAMILY_PLAN),
        IN_SUPPORT(TASK_SUPPORT_FAMILY),
        VERIFYING(TASK_VERIFY_OUTCOMES),
        CLAIMED(null);

        final String waitingTask;

        Stage(String waitingTask) {
            this.waitingTask = waitingTask;
        }

        /** The task a family at this stage waits at (none once claimed). */
        public String waitingTask() {
            return waitingTask;
        }
    }

    private final RestSession rest;

    public FamilyDriver(RestSession rest) {
        this.rest = rest;
    }

    /** Drives {@code familyRef} to {@code target}; the plan is signed on {@code attachmentDate}. */
    public void advance(String familyRef, Stage target, String attachmentDate, Duration timeout) throws InterruptedException {
        long until = System.currentTimeMillis() + timeout.toMillis();
        String lastProblem = "nothing happened";
        while (System.currentTimeMillis() < until) {
            try {
                if (step(familyRef, target, attachmentDate)) {
                    return;
                }
            } catch (IOException nodeAway) {
                lastProblem = "node away: " + nodeAway;
                Thread.sleep(1000);
            } catch (RestSession.UnexpectedStatus refused) {
                // a lost answer taken again (404/409/400 "already has a live case"), or a node starting;
                // any other refusal of the case data is a failure of the test's own input
                if (refused.status == 400 && !refused.getMessage().contains("already has a live case")) {
                    throw new AssertionError(familyRef + ": " + refused.getMessage());
                }
                lastProblem = refused.getMessage();
                Thread.sleep(300);
            }
        }
        throw new AssertionError(familyRef + " did not reach " + target + ": " + lastProblem);
    }

    /** One round: true when the family is at the target, otherwise at most one step taken. */
    private boolean step(String ref, Stage target, String attachmentDate) throws IOException, InterruptedException {
        JsonNode running = rest.get("demo", "/engine-rest/process-instance?processDefinitionKey=family-case&businessKey=" + ref);
        if (running.isEmpty()) {
            if (target == Stage.CLAIMED && !rest.get("demo", "/engine-rest/history/process-instance?finished=true"
                    + "&processDefinitionKey=family-case&processInstanceBusinessKey=" + ref).isEmpty()) {
                return true;
            }
            rest.post("referrer", "/engine-rest/process-definition/key/family-case/start", referral(ref));
            return false;
        }
        JsonNode tasks = rest.get("demo", "/engine-rest/task?processInstanceId=" + running.get(0).path("id").asText());
        Set<String> waiting = new HashSet<>();
        tasks.forEach(task -> waiting.add(task.path("taskDefinitionKey").asText()));
        if (target.waitingTask != null && waiting.contains(target.waitingTask)) {
            return true;
        }
        for (JsonNode task : tasks) {
            String body = completion(task.path("taskDefinitionKey").asText(), attachmentDate);
            if (body != null) {
                String user = TASK_PANEL_VALIDATION.equals(task.path("taskDefinitionKey").asText()) ? "panel"
                        : TASK_AUDIT_CLAIM.equals(task.path("taskDefinitionKey").asText()) ? "auditor"
                        : task.path("assignee").asText();
                rest.post(user, "/engine-rest/task/" + task.path("id").asText() + "/complete", body);
                return false;
            }
        }
        Thread.sleep(200); // a job (allocation, attachment, a timer) is still to run
        return false;
    }

    private static String completion(String taskKey, String attachmentDate) {
        return switch (taskKey) {
            case TASK_PANEL_VALIDATION -> """
                    {"variables": {"panelDecision": {"value": "ACCEPT"}, "needLevel": {"value": 3},
                      "leadService": {"value": "CFP"}, "panelReason": {"value": "meets all three criteria"}}}""";
            case TASK_SEEK_CONSENT -> """
                    {"variables": {"consentGiven": {"value": true}, "consentNotes": {"value": "agreed at home"}}}""";
            case TASK_HOLD_TAF_MEETING -> """
                    {"variables": {"tafDate": {"value": "%s"}, "tafNeeds": {"value": "school attendance"},
                      "tafAttendees": {"type": "Json", "value": "[\\"SCHOOL\\",\\"POLICE\\"]"}}}""".formatted(attachmentDate);
            case TASK_AGREE_FAMILY_PLAN -> """
                    {"variables": {"planSignedByAll": {"value": true}, "attachmentDate": {"value": "%s"},
                      "planActions": {"type": "Json", "value": "[{\\"action\\":\\"attend school\\",\\"owner\\":\\"Lee\\",\\"dueDate\\":\\"2013-01-31\\",\\"measure\\":\\"register\\"}]"}}}"""
                    .formatted(attachmentDate);
            case TASK_VERIFY_OUTCOMES -> """
                    {"variables": {"baselineAsbIncidents": {"value": 5}, "afterAsbIncidents": {"value": 2},
                      "baselineYouthOffences": {"value": 0}, "afterYouthOffences": {"value": 0},
                      "childrenEducation": {"type": "Json", "value": "[{\\"name\\":\\"Lee\\",\\"unauthorisedAbsenceSessions\\":20,\\"possibleSessions\\":380,\\"fixedExclusions\\":1,\\"permanentlyExcluded\\":false}]"},
                      "progressToWork": {"value": false}, "continuousEmploymentWeeks": {"value": 0}}}""";
            case TASK_AUDIT_CLAIM -> """
                    {"variables": {"auditDecision": {"value": "APPROVED"}}}""";
            default -> null;
        };
    }

    public static String referral(String ref) {
        return """
                {"variables": {"familyRef": {"value": "%s"}, "referringAgency": {"value": "SCHOOL"},
                  "district": {"value": "Netherfield"}, "criterionCrimeAsb": {"value": true},
                  "criterionEducation": {"value": true}, "criterionWork": {"value": true},
                  "householdMembers": {"type": "Json", "value": "[{\\"name\\":\\"Jo Lee\\",\\"dateOfBirth\\":\\"1980-01-01\\",\\"gender\\":\\"FEMALE\\",\\"role\\":\\"ADULT\\"}]"}}}"""
                .formatted(ref);
    }

    /** Adds key workers to a lead service's team, so that a large cohort has places. */
    public static void addKeyWorkers(RestSession rest, String team, String prefix, int count) throws IOException, InterruptedException {
        for (int i = 1; i <= count; i++) {
            String id = "%s-%03d".formatted(prefix, i);
            rest.post("demo", "/engine-rest/user/create", """
                    {"profile": {"id": "%s", "firstName": "Key", "lastName": "Worker %d", "email": "%s@example.org"},
                     "credentials": {"password": "demo"}}""".formatted(id, i, id));
            rest.put("demo", "/engine-rest/group/key-workers/members/" + id, null);
            rest.put("demo", "/engine-rest/group/" + team + "/members/" + id, null);
        }
    }
}
