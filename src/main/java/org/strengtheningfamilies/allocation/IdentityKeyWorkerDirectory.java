package org.strengtheningfamilies.allocation;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;
import org.strengtheningfamilies.kernel.SystemAccess;

/** Key workers are the members of the lead service's team group in Camunda's identity service. */
@Component
class IdentityKeyWorkerDirectory implements KeyWorkerDirectory {

    private final IdentityService identityService;

    public IdentityKeyWorkerDirectory(IdentityService identityService) {
        this.identityService = identityService;
    }

    @Override
    public List<String> members(String teamGroup) {
        return SystemAccess.call(() -> identityService.createUserQuery().memberOfGroup(teamGroup).list().stream()
                .map(User::getId).sorted().toList());
    }
}
