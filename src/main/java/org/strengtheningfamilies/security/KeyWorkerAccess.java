package org.strengtheningfamilies.security;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.context.annotation.Lazy;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.strengtheningfamilies.events.CaseClosed;
import org.strengtheningfamilies.events.FamilySteppedUp;
import org.strengtheningfamilies.events.KeyWorkerAllocated;
import org.strengtheningfamilies.kernel.SystemAccess;

/**
 * A key worker sees the process instances of the families allocated to them, and no others: the
 * grant is made when the place is taken and withdrawn when it is given back (a step-up, the case's end).
 */
@Component
class KeyWorkerAccess {

    private final AuthorizationService authorizations;

    public KeyWorkerAccess(@Lazy AuthorizationService authorizations) {
        this.authorizations = authorizations;
    }

    @EventListener
    @Order(1)
    public void on(KeyWorkerAllocated allocated) {
        grant(allocated.keyWorker(), allocated.processInstanceId());
    }

    @EventListener
    @Order(1)
    public void on(FamilySteppedUp steppedUp) {
        withdraw(steppedUp.releasedKeyWorker(), steppedUp.processInstanceId());
    }

    @EventListener
    @Order(1)
    public void on(CaseClosed closed) {
        withdraw(closed.releasedKeyWorker(), closed.processInstanceId());
        if (closed.keyWorker() != null && !closed.keyWorker().equals(closed.releasedKeyWorker())) {
            withdraw(closed.keyWorker(), closed.processInstanceId());
        }
    }

    public void grant(String keyWorker, String processInstanceId) {
        SystemAccess.run(() -> {
            if (find(keyWorker, processInstanceId) == null) {
                Authorization authorization = authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
                authorization.setUserId(keyWorker);
                authorization.setResource(Resources.PROCESS_INSTANCE);
                authorization.setResourceId(processInstanceId);
                authorization.addPermission(Permissions.READ);
                authorizations.saveAuthorization(authorization);
            }
        });
    }

    /** Nothing to withdraw when nobody held the family's place. */
    public void withdraw(String keyWorker, String processInstanceId) {
        if (keyWorker == null) {
            return;
        }
        SystemAccess.run(() -> {
            Authorization authorization = find(keyWorker, processInstanceId);
            if (authorization != null) {
                authorizations.deleteAuthorization(authorization.getId());
            }
        });
    }

    private Authorization find(String keyWorker, String processInstanceId) {
        return authorizations.createAuthorizationQuery().userIdIn(keyWorker).resourceType(Resources.PROCESS_INSTANCE)
                .resourceId(processInstanceId).singleResult();
    }
}
