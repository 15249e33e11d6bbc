package org.strengtheningfamilies.panel;

import static org.strengtheningfamilies.panel.PanelVariables.LEAD_SERVICE;
import static org.strengtheningfamilies.panel.PanelVariables.NEED_LEVEL;
import static org.strengtheningfamilies.panel.PanelVariables.PANEL_DECISION;
import static org.strengtheningfamilies.panel.PanelVariables.PANEL_REASON;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.strengtheningfamilies.kernel.Problem;
import org.strengtheningfamilies.kernel.Problems;
import org.strengtheningfamilies.kernel.TaskDataRule;

/** Task_PanelValidation: a decision, a reason for REJECT and MORE_INFO, a level and a fitting service for ACCEPT. */
@Component
public class PanelValidationRule implements TaskDataRule {

    private final PanelDecisionRules rules = new PanelDecisionRules();

    @Override
    public List<Problem> problems(Map<String, Object> variables) {
        Problems problems = new Problems(variables);
        PanelDecision decision = problems.read(PANEL_DECISION).orElse(null);
        String reason = problems.read(PANEL_REASON).orElse(null);
        Integer level = problems.read(NEED_LEVEL).orElse(null);
        LeadService service = problems.read(LEAD_SERVICE).orElse(null);
        if (problems.isEmpty()) {
            problems.addAll(rules.problems(decision, reason, level, service));
        }
        return problems.list();
    }
}
