package org.strengtheningfamilies.partnerapi;

import java.util.function.Supplier;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;

/**
 * Engine calls the partner API makes after its own access check: a partner account has no engine
 * permissions at all (so no other route into the engine opens to it), and a referrer may not read
 * the case it referred. The caller stays authenticated, so the engine still records who started a case.
 */
final class EngineAsSystem {

    private final ProcessEngine engine;

    EngineAsSystem(ProcessEngine engine) {
        this.engine = engine;
    }

    <T> T call(Supplier<T> work) {
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        return configuration.getCommandExecutorTxRequired().execute(context -> context.runWithoutAuthorization(work::get));
    }
}
