package org.strengtheningfamilies.security;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Lazy;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.strengtheningfamilies.identity.ProgrammeGroups;

/**
 * Creates the administrator named by SF_ADMIN_USER on first start (checked by
 * {@link AdministratorSettings}); later starts only make sure they are still an administrator, so a
 * password changed in Admin is kept.
 */
@Component
@ConditionalOnProperty(name = "sf.demo.users", havingValue = "false", matchIfMissing = true)
class ProductionAdministrator {

    private static final Logger LOG = LoggerFactory.getLogger(ProductionAdministrator.class);

    private final IdentityService identity;
    private final String userId;
    private final String password;

    public ProductionAdministrator(@Lazy IdentityService identity, @Value("${sf.admin.user}") String userId,
                                   @Value("${sf.admin.password}") String password) {
        this.identity = identity;
        this.userId = userId;
        this.password = password;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(15)
    public void ensure() {
        ProgrammeGroups.ensure(identity);
        if (identity.createUserQuery().userId(userId).count() == 0) {
            User admin = identity.newUser(userId);
            admin.setFirstName("Administrator");
            admin.setLastName(userId);
            admin.setPassword(password);
            identity.saveUser(admin);
            LOG.info("Administrator {} created from SF_ADMIN_USER", userId);
        }
        if (identity.createUserQuery().userId(userId).memberOfGroup("camunda-admin").count() == 0) {
            identity.createMembership(userId, "camunda-admin");
        }
    }
}
