package org.strengtheningfamilies.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.handler.CompositeHistoryEventHandler;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.springframework.stereotype.Component;
import org.strengtheningfamilies.familycase.FamilyCaseVariables;
import org.strengtheningfamilies.kernel.ProcessVariable;

/**
 * The engine-level guards of family data (README "Roles"), so that they hold on every route into the
 * engine (/engine-rest, the webapps' copy of it under /camunda/api/engine, Tasklist, Cockpit):
 * variable filters match only readable rows ({@link VariableFilterAuthorizations}), tasks go only
 * to the people their step names ({@link TaskAssignmentGuard}), comments and attachments are read
 * and written only by those who may read the family ({@link FamilyRecordGuard}) and their names
 * stay out of the audit log ({@link AttachmentNamesOutOfTheLog}), and variables from users are
 * checked against each step's contract ({@link UntrustedVariables}).
 */
@Component
public class EngineSecurityPlugin extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<SessionFactory> sessions = new ArrayList<>(orEmpty(configuration.getCustomSessionFactories()));
        sessions.add(VariableFilterAuthorizations.sessionFactory());
        configuration.setCustomSessionFactories(sessions);

        configuration.setResourceAuthorizationProvider(new TaskAssignmentGuard());

        // after the command context exists, so the guards see the caller and the case
        List<CommandInterceptor> interceptors = new ArrayList<>(orEmpty(configuration.getCustomPostCommandInterceptorsTxRequired()));
        interceptors.add(new FamilyRecordGuard());
        interceptors.add(new UntrustedVariables(contracts()));
        configuration.setCustomPostCommandInterceptorsTxRequired(interceptors);
    }

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        // first the log entries lose what is family data, then history is written as the engine would
        configuration.setHistoryEventHandler(new CompositeHistoryEventHandler(
                List.of(new AttachmentNamesOutOfTheLog(), configuration.getHistoryEventHandler())));
    }

    /** The typed variables each process declares. */
    static Map<String, Collection<ProcessVariable<?>>> contracts() {
        return Map.of(FamilyCaseVariables.PROCESS_KEY, FamilyCaseVariables.all());
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
