package org.strengtheningfamilies.panel;

import static org.strengtheningfamilies.kernel.ProcessVariable.enumeration;
import static org.strengtheningfamilies.kernel.ProcessVariable.integer;
import static org.strengtheningfamilies.kernel.ProcessVariable.string;

import org.strengtheningfamilies.kernel.ProcessVariable;

/**
 * The multi-agency panel's decision: accept (with a level of need and a lead service), reject or ask for more.
 * Part of the family-case variable contract (docs/variables.md): add freely, rename never.
 */
public final class PanelVariables {

    private PanelVariables() {
    }

    public static final ProcessVariable<PanelDecision> PANEL_DECISION = enumeration("panelDecision", PanelDecision.class).labelled("Panel decision");
    public static final ProcessVariable<String> PANEL_REASON = string("panelReason").labelled("Reason");
    public static final ProcessVariable<Integer> NEED_LEVEL = integer("needLevel").labelled("Level of need");
    public static final ProcessVariable<LeadService> LEAD_SERVICE = enumeration("leadService", LeadService.class).labelled("Lead service");
}
