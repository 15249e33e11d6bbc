package org.strengtheningfamilies.familycase;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.strengtheningfamilies.testing.FamilyCaseProcessTest;
import static org.camunda.spin.plugin.variable.SpinValues.jsonValue;

class ProbeScratchTest extends FamilyCaseProcessTest {
    @Test
    void probe() {
        try { startCase(referral("MK-000001").putValue("householdMembers", jsonValue("[{\"name\":\"Jo\",\"dateOfBirth\":\"1980-05-01\",\"gender\":\"FEMALE\",\"role\":\"ADULT\"},{\"name\":\"Lee\",\"dateOfBirth\":\"1998-02-11\",\"gender\":\"X\",\"role\":\"CHILD\"}]").create())); }
        catch (Exception e) { System.out.println("PROBE1 " + e.getClass() + " :: " + e.getMessage() + " :: cause " + e.getCause()); }
        ProcessInstance pi = startCase(referral("MK-000002"));
        try { complete(pi, "Task_PanelValidation", Variables.createVariables().putValue("panelDecision", "REJECT")); }
        catch (Exception e) { System.out.println("PROBE2 " + e.getClass() + " :: " + e.getMessage() + " :: cause " + e.getCause()); }
        try { startCase(referral("MK-000002")); }
        catch (Exception e) { System.out.println("PROBE3 " + e.getClass() + " :: " + e.getMessage() + " :: cause " + e.getCause()); }
    }
}
