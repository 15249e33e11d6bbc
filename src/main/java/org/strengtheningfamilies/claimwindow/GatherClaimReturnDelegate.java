package org.strengtheningfamilies.claimwindow;

import static org.strengtheningfamilies.claimwindow.ClaimWindowVariables.*;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_GatherClaims: the window closes at the end of the day before it opens (the quarterly timer
 * fires on the first day of a quarter, so the return holds the quarter just ended). Writes the
 * return's figures for the sign-off form, or {@code claimReturnClaims = 0} for an empty window.
 */
@Component("gatherClaimReturnDelegate")
class GatherClaimReturnDelegate implements JavaDelegate {

    private final ClaimReturns returns;
    private final Clock clock;

    public GatherClaimReturnDelegate(ClaimReturns returns, Clock clock) {
        this.returns = returns;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Instant now = clock.instant();
        LocalDate windowEnd = LocalDate.ofInstant(now, clock.getZone()).minusDays(1);
        Optional<ClaimReturn> gathered = returns.gather(windowEnd, now, execution.getProcessInstanceId());
        CLAIM_RETURN_WINDOW_TO.set(execution, windowEnd.toString());
        CLAIM_RETURN_CLAIMS.set(execution, gathered.map(ClaimReturn::claims).orElse(0));
        gathered.ifPresent(r -> {
            CLAIM_RETURN_REFERENCE.set(execution, r.reference());
            CLAIM_RETURN_WINDOW_FROM.set(execution, r.windowFrom().toString());
            CLAIM_RETURN_RESULTS.set(execution, r.results());
            CLAIM_RETURN_TOTAL_PENCE.set(execution, r.totalPence());
            CLAIM_RETURN_TOTAL.set(execution, ClaimReturns.pounds(r.totalPence()));
            CLAIM_RETURN_CSV.set(execution, "/api/claim-returns/" + r.reference() + ".csv");
        });
    }
}
