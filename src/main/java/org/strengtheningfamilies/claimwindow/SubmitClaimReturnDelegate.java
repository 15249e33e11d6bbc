package org.strengtheningfamilies.claimwindow;

import static org.strengtheningfamilies.claimwindow.ClaimWindowVariables.CLAIM_RETURN_REFERENCE;
import static org.strengtheningfamilies.claimwindow.ClaimWindowVariables.CLAIM_RETURN_SIGNED_OFF_BY;

import java.time.Clock;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_SubmitClaimReturn: the signed-off return and each of its claims are marked submitted. */
@Component("submitClaimReturnDelegate")
class SubmitClaimReturnDelegate implements JavaDelegate {

    private final ClaimReturns returns;
    private final Clock clock;

    public SubmitClaimReturnDelegate(ClaimReturns returns, Clock clock) {
        this.returns = returns;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        returns.signOff(CLAIM_RETURN_REFERENCE.require(execution), CLAIM_RETURN_SIGNED_OFF_BY.require(execution),
                clock.instant());
    }
}
