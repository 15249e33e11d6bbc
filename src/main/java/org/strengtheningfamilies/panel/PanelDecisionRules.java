package org.strengtheningfamilies.panel;

import static org.strengtheningfamilies.panel.PanelVariables.LEAD_SERVICE;
import static org.strengtheningfamilies.panel.PanelVariables.NEED_LEVEL;
import static org.strengtheningfamilies.panel.PanelVariables.PANEL_DECISION;
import static org.strengtheningfamilies.panel.PanelVariables.PANEL_REASON;

import java.util.ArrayList;
import java.util.List;

import org.strengtheningfamilies.kernel.Problem;

/**
 * What a panel decision must record: a reason whenever the referral goes no further (REJECT) or
 * back to the referrer (MORE_INFO), so that the referrer knows why; a level of need and a lead
 * service that takes that level on ACCEPT.
 */
class PanelDecisionRules {

    static final int LOWEST_NEED_LEVEL = 2;
    static final int HIGHEST_NEED_LEVEL = 4;

    /** Every problem with the decision, each with its field; empty when the decision is valid. */
    public List<Problem> problems(PanelDecision decision, String reason, Integer needLevel, LeadService leadService) {
        List<Problem> problems = new ArrayList<>();
        if (decision == null) {
            problems.add(new Problem(PANEL_DECISION.name(), "Choose the panel's decision."));
            return problems;
        }
        switch (decision) {
            case REJECT, MORE_INFO -> {
                if (reason == null || reason.isBlank()) {
                    problems.add(new Problem(PANEL_REASON.name(), decision == PanelDecision.REJECT
                            ? "Give the reason for rejecting the referral: the referrer will read it."
                            : "Say what more information the referrer must give."));
                }
            }
            case ACCEPT -> {
                boolean levelValid = false;
                if (needLevel == null) {
                    problems.add(new Problem(NEED_LEVEL.name(), "Give the family's level of need (2, 3 or 4) to accept the referral."));
                } else if (needLevel < LOWEST_NEED_LEVEL || needLevel > HIGHEST_NEED_LEVEL) {
                    problems.add(new Problem(NEED_LEVEL.name(), "The level of need must be 2, 3 or 4 (it was " + needLevel + ")."));
                } else {
                    levelValid = true;
                }
                if (leadService == null) {
                    problems.add(new Problem(LEAD_SERVICE.name(), "Choose the lead service to accept the referral."));
                } else if (levelValid && !leadService.fitsLevel(needLevel)) {
                    problems.add(new Problem(LEAD_SERVICE.name(), leadService.refusesLevel(needLevel)));
                }
            }
        }
        return problems;
    }
}
