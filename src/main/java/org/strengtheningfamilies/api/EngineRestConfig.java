package org.strengtheningfamilies.api;

import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.springframework.stereotype.Component;

/** Camunda's REST API with the project's additions (replaces the starter's default configuration). */
@Component
public class EngineRestConfig extends CamundaJerseyResourceConfig {

    @Override
    protected void registerAdditionalResources() {
        for (Class<?> provider : EngineRestErrors.providers()) {
            register(provider);
        }
        register(org.strengtheningfamilies.partnerapi.PartnerAccountBoundary.EngineRestRefusal.class);
    }
}
