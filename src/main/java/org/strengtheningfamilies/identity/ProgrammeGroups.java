package org.strengtheningfamilies.identity;

import java.util.LinkedHashMap;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;

/** The groups the process's candidate groups name; every deployment needs them, demo or not. */
public final class ProgrammeGroups {

    public static final Map<String, String> GROUPS = new LinkedHashMap<>();

    static {
        GROUPS.put("camunda-admin", "Administrators");
        GROUPS.put("referrers", "Referrers (partner agencies)");
        GROUPS.put("panel", "Multi-agency panel");
        GROUPS.put("key-workers", "Key workers");
        GROUPS.put("team-cfp", "Children and Family Practices team");
        GROUPS.put("team-csc", "Children's Social Care team");
        GROUPS.put("team-yot", "Youth Offending Team");
        GROUPS.put("team-nep", "Neighbourhood Employment Programme team");
        GROUPS.put("team-fip", "Family Intervention Project team");
        GROUPS.put("coordinator", "Troubled Families Coordinator");
        GROUPS.put("audit", "Internal audit");
        GROUPS.put("managers", "Managers and programme board");
        // imports agency data and resolves possible matches (issue 4)
        GROUPS.put("data-team", "Data team");
        // partner agencies' systems: /api/referrals only (issue 16, partnerapi)
        GROUPS.put("partner-systems", "Partner systems (referral API)");
    }

    private ProgrammeGroups() {
    }

    public static void ensure(IdentityService identityService) {
        GROUPS.forEach((id, name) -> {
            if (identityService.createGroupQuery().groupId(id).count() == 0) {
                Group group = identityService.newGroup(id);
                group.setName(name);
                group.setType(id.equals("camunda-admin") ? "SYSTEM" : "WORKFLOW");
                identityService.saveGroup(group);
            }
        });
    }
}
