package org.strengtheningfamilies.api;

import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.springframework.stereotype.Component;

/**
 * Camunda's REST API with the project's error answers (replaces the starter's default configuration).
 * A feature adds its own providers through a Spring Boot {@code ResourceConfigCustomizer} bean, which
 * this class need not know.
 */
@Component
public class EngineRestConfig extends CamundaJerseyResourceConfig {

    @Override
    protected void registerAdditionalResources() {
        for (Class<?> provider : EngineRestErrors.providers()) {
            register(provider);
        }
    }
}
