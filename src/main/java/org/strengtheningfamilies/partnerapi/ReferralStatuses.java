package org.strengtheningfamilies.partnerapi;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstanceQuery;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.strengtheningfamilies.familycase.FamilyCaseVariables;
import org.strengtheningfamilies.panel.PanelVariables;

/**
 * The status of referrals, derived each time from the case itself: the engine's record of which steps
 * the case has reached and how it ended (its history, kept for every case), never a second copy. The
 * referrer is the user who started the case (the engine records it), so a partner account sees the
 * referrals it made and the coordinator sees all.
 */
class ReferralStatuses {

    private static final String CASE_OUTCOME = FamilyCaseVariables.CASE_OUTCOME.name();
    private static final String PANEL_REASON = PanelVariables.PANEL_REASON.name();

    private final HistoryService history;
    private final EngineAsSystem system;
    private final SignpostReason signposts;
    private final ZoneId zone;

    ReferralStatuses(HistoryService history, EngineAsSystem system, SignpostReason signposts, ZoneId zone) {
        this.history = history;
        this.system = system;
        this.signposts = signposts;
        this.zone = zone;
    }

    /** The latest case of the family; for a referrer, the latest they referred. */
    Optional<StatusAnswer> latest(String familyRef, String referredBy) {
        return system.call(() -> {
            HistoricProcessInstanceQuery query = cases().processInstanceBusinessKey(familyRef);
            if (referredBy != null) {
                query.startedBy(referredBy);
            }
            List<HistoricProcessInstance> found = query.orderByProcessInstanceStartTime().desc().listPage(0, 1);
            return found.stream().findFirst().map(this::statusOf);
        });
    }

    /** Newest first; {@code referredBy} null for all referrals. */
    ReferralPage page(String referredBy, int page, int size) {
        return system.call(() -> {
            HistoricProcessInstanceQuery query = cases();
            if (referredBy != null) {
                query.startedBy(referredBy);
            }
            long total = query.count();
            List<StatusAnswer> referrals = query.orderByProcessInstanceStartTime().desc().listPage(page * size, size)
                    .stream().map(this::statusOf).toList();
            return new ReferralPage(referrals, page, size, total);
        });
    }

    StatusAnswer of(String processInstanceId) {
        return system.call(() -> statusOf(cases().processInstanceId(processInstanceId).singleResult()));
    }

    private HistoricProcessInstanceQuery cases() {
        return history.createHistoricProcessInstanceQuery().processDefinitionKey(FamilyCaseVariables.PROCESS_KEY);
    }

    private StatusAnswer statusOf(HistoricProcessInstance process) {
        ReferralStatus status;
        Instant updatedAt;
        Map<String, Object> variables = variables(process.getId());
        if (process.getEndTime() != null) {
            status = ReferralStatus.endedWith((String) variables.get(CASE_OUTCOME));
            updatedAt = process.getEndTime().toInstant();
        } else {
            status = ReferralStatus.RECEIVED;
            updatedAt = process.getStartTime().toInstant();
            for (HistoricActivityInstance step : history.createHistoricActivityInstanceQuery().processInstanceId(process.getId())
                    .orderByHistoricActivityInstanceStartTime().asc().orderPartiallyByOccurrence().asc().list()) {
                Optional<ReferralStatus> reached = ReferralStatus.startedBy(step.getActivityId());
                if (reached.isPresent()) {
                    status = reached.get();
                    updatedAt = step.getStartTime().toInstant();
                }
            }
        }
        return StatusAnswer.of(process.getBusinessKey(), LocalDate.ofInstant(process.getStartTime().toInstant(), zone),
                status, detail(status, variables), updatedAt);
    }

    private String detail(ReferralStatus status, Map<String, Object> variables) {
        Object reason = variables.get(PANEL_REASON);
        return switch (status) {
            case MORE_INFORMATION_REQUESTED -> reason == null ? null : "The panel asks: " + reason;
            case REJECTED -> reason == null ? null : "The panel's reason: " + reason;
            case NOT_ELIGIBLE -> signposts.of(variables);
            default -> null;
        };
    }

    private Map<String, Object> variables(String processInstanceId) {
        List<String> names = new ArrayList<>(signposts.variableNames());
        names.add(CASE_OUTCOME);
        names.add(PANEL_REASON);
        Map<String, Object> values = new HashMap<>();
        for (HistoricVariableInstance variable : history.createHistoricVariableInstanceQuery()
                .processInstanceIdIn(processInstanceId).variableNameIn(names.toArray(String[]::new))
                .disableCustomObjectDeserialization().list()) {
            if (variable.getValue() != null) {
                values.put(variable.getName(), variable.getValue());
            }
        }
        return values;
    }
}
