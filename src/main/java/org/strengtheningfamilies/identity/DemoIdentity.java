package org.strengtheningfamilies.identity;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The demo users of the embedded default (password "demo"), so that a new user can try every role.
 * Only when sf.demo.users=true, which the postgres profile never sets. Idempotent.
 */
@Component
@ConditionalOnProperty(name = "sf.demo.users", havingValue = "true")
public class DemoIdentity {

    private static final Logger LOG = LoggerFactory.getLogger(DemoIdentity.class);

    /** user id → first name, last name, groups */
    static final Map<String, List<String>> USERS = new LinkedHashMap<>();

    static {
        USERS.put("demo", List.of("Demo", "Administrator", "camunda-admin", "coordinator", "managers"));
        USERS.put("referrer", List.of("Rita", "Referrer", "referrers"));
        USERS.put("panel", List.of("Pat", "Panel", "panel"));
        USERS.put("coordinator", List.of("Cora", "Coordinator", "coordinator"));
        USERS.put("auditor", List.of("Audrey", "Auditor", "audit"));
        USERS.put("manager", List.of("Max", "Manager", "managers"));
        USERS.put("kw-cfp-1", List.of("Kim", "Practice One", "key-workers", "team-cfp"));
        USERS.put("kw-cfp-2", List.of("Kai", "Practice Two", "key-workers", "team-cfp"));
        USERS.put("kw-cfp-3", List.of("Kit", "Practice Three", "key-workers", "team-cfp"));
        USERS.put("kw-csc-1", List.of("Sam", "Social Care", "key-workers", "team-csc"));
        USERS.put("kw-yot-1", List.of("Yas", "Youth Offending", "key-workers", "team-yot"));
        USERS.put("kw-nep-1", List.of("Ned", "Employment", "key-workers", "team-nep"));
        USERS.put("kw-fip-1", List.of("Fay", "Family Intervention", "key-workers", "team-fip"));
        USERS.put("data-team", List.of("Dana", "Data", "data-team"));
        USERS.put("partner-police", List.of("Police", "Referral System", "partner-systems"));
    }

    private final IdentityService identityService;

    public DemoIdentity(IdentityService identityService) {
        this.identityService = identityService;
    }

    @EventListener(ApplicationReadyEvent.class)
    @org.springframework.core.annotation.Order(20)
    public void create() {
        ProgrammeGroups.ensure(identityService);
        for (Map.Entry<String, List<String>> entry : USERS.entrySet()) {
            List<String> details = entry.getValue();
            ensureUser(identityService, entry.getKey(), details.get(0), details.get(1), details.subList(2, details.size()));
        }
    }

    /** A demo user (password "demo") in these groups, created or completed; nothing changes when it is there. */
    public static void ensureUser(IdentityService identityService, String id, String firstName, String lastName,
                                  List<String> groups) {
        if (identityService.createUserQuery().userId(id).count() == 0) {
            User user = identityService.newUser(id);
            user.setFirstName(firstName);
            user.setLastName(lastName);
            user.setEmail(id + "@example.org");
            user.setPassword("demo");
            identityService.saveUser(user);
            LOG.info("Demo user {} created (password demo)", id);
        }
        for (String group : groups) {
            if (identityService.createUserQuery().userId(id).memberOfGroup(group).count() == 0) {
                identityService.createMembership(id, group);
            }
        }
    }
}
