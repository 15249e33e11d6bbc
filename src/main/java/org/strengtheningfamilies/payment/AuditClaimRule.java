package org.strengtheningfamilies.payment;

import static org.strengtheningfamilies.familycase.FamilyCaseVariables.AUDIT_DECISION;
import static org.strengtheningfamilies.familycase.FamilyCaseVariables.AUDIT_REASON;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.strengtheningfamilies.familycase.Problems;
import org.strengtheningfamilies.familycase.TaskDataRule;

/** Task_AuditClaim: approve, or reject with a reason the coordinator and key worker can act on. */
@Component
public class AuditClaimRule implements TaskDataRule {

    @Override
    public String taskId() {
        return "Task_AuditClaim";
    }

    @Override
    public List<String> problems(Map<String, Object> variables) {
        Problems problems = new Problems(variables);
        AuditDecision decision = problems.required(AUDIT_DECISION).orElse(null);
        String reason = problems.read(AUDIT_REASON).orElse("");
        if (decision == AuditDecision.REJECTED && reason.isBlank()) {
            problems.add("auditReason is required when auditDecision is REJECTED");
        }
        return problems.list();
    }
}
