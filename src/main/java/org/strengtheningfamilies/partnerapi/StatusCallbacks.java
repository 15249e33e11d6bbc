package org.strengtheningfamilies.partnerapi;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ProcessDefinitionImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.strengtheningfamilies.familycase.FamilyCaseVariables;
import org.strengtheningfamilies.referral.ReferralVariables;
import org.strengtheningfamilies.kernel.SystemAccess;

/**
 * When a family-case reaches a step that changes its referral status ({@link ReferralStatus}: the same
 * definition as the status answer) and the case was referred by a partner account with a callback,
 * a partner-status-callback process is started in the case's own transaction: the callback is then a
 * job that survives restarts and is retried. Listens to the engine's execution events (Camunda's
 * Spring eventing), so family-case needs no listener of its own for it.
 */
class StatusCallbacks {

    private final PartnerAccounts accounts;
    private final JdbcTemplate jdbc;

    StatusCallbacks(PartnerAccounts accounts, JdbcTemplate jdbc) {
        this.accounts = accounts;
        this.jdbc = jdbc;
    }

    @EventListener(condition = "#execution.processDefinitionId.startsWith('family-case:')")
    public void onStep(DelegateExecution execution) {
        statusReached(execution).ifPresent(status -> {
            Object referredBy = execution.getVariable(ReferralVariables.REFERRED_BY.name());
            if (!(referredBy instanceof String account)) {
                return;
            }
            accounts.find(account).filter(PartnerAccounts.Settings::hasCallback)
                    .ifPresent(settings -> announce(execution, account, status));
        });
    }

    private static Optional<ReferralStatus> statusReached(DelegateExecution execution) {
        String event = execution.getEventName();
        if (ExecutionListener.EVENTNAME_START.equals(event)) {
            return ReferralStatus.startedBy(execution.getCurrentActivityId());
        }
        if (ExecutionListener.EVENTNAME_END.equals(event) && execution instanceof ExecutionEntity entity
                && entity.getEventSource() instanceof ProcessDefinitionImpl) {
            Object outcome = execution.getVariable(FamilyCaseVariables.CASE_OUTCOME.name());
            return Optional.of(ReferralStatus.endedWith(outcome instanceof String s ? s : null));
        }
        return Optional.empty();
    }

    private void announce(DelegateExecution execution, String account, ReferralStatus status) {
        String processInstanceId = execution.getProcessInstanceId();
        String familyRef = execution.getProcessBusinessKey();
        Instant now = ClockUtil.getCurrentTime().toInstant();
        String last = jdbc.query("select status from sf_referral_notice where process_instance_id = ?",
                (rs, n) -> rs.getString(1), processInstanceId).stream().findFirst().orElse(null);
        if (status.name().equals(last)) {
            return;
        }
        if (last == null) {
            jdbc.update("insert into sf_referral_notice (process_instance_id, family_ref, user_id, status, changed_at) "
                    + "values (?, ?, ?, ?, ?)", processInstanceId, familyRef, account, status.name(), Timestamp.from(now));
        } else {
            jdbc.update("update sf_referral_notice set status = ?, changed_at = ? where process_instance_id = ?",
                    status.name(), Timestamp.from(now), processInstanceId);
        }
        Map<String, Object> variables = Variables.createVariables()
                .putValue(CallbackVariables.PARTNER_ACCOUNT.name(), account)
                .putValue(CallbackVariables.FAMILY_REF.name(), familyRef)
                .putValue(CallbackVariables.REFERRAL_STATUS.name(), status.name())
                .putValue(CallbackVariables.STATUS_CHANGED_AT.name(), now.toString());
        SystemAccess.run(() -> execution.getProcessEngineServices().getRuntimeService()
                .startProcessInstanceByKey(CallbackVariables.PROCESS_KEY, variables));
    }
}
