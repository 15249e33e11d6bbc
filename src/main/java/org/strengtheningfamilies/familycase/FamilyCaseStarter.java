package org.strengtheningfamilies.familycase;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.VariableMap;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import org.strengtheningfamilies.kernel.SystemAccess;
import org.strengtheningfamilies.referral.CaseStarter;

/** Cases the programme refers itself (data matching) start on the programme's behalf, not the starter's. */
@Component("familyCaseStarter")
class FamilyCaseStarter implements CaseStarter {

    private final RuntimeService runtime;

    FamilyCaseStarter(@Lazy RuntimeService runtime) {
        this.runtime = runtime;
    }

    @Override
    public String start(String familyRef, VariableMap variables) {
        return SystemAccess.call(() -> runtime.createProcessInstanceByKey(FamilyCaseVariables.PROCESS_KEY)
                .businessKey(familyRef).setVariables(variables).execute().getId());
    }
}
