package org.strengtheningfamilies.kernel;

import java.util.function.Supplier;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;

/**
 * Work the programme does on its own behalf inside a user's command: finding a lead service's key
 * workers, waking a family that waits for a place, granting a key worker their family. The user
 * who completed the task that triggered it is not allowed to do these things directly, and must not
 * need to be: the rules decide, not the user's permissions.
 */
public final class SystemAccess {

    private SystemAccess() {
    }

    public static <T> T call(Supplier<T> work) {
        CommandContext context = Context.getCommandContext();
        if (context == null) {
            return work.get();
        }
        return context.runWithoutAuthorization(work::get);
    }

    /**
     * Reads done outside a command on the programme's behalf, once the caller has been allowed what they
     * asked for (a report, a family's chronology): the engine checks no user's permissions meanwhile.
     */
    public static <T> T withoutUser(IdentityService identity, Supplier<T> work) {
        org.camunda.bpm.engine.impl.identity.Authentication caller = identity.getCurrentAuthentication();
        identity.clearAuthentication();
        try {
            return work.get();
        } finally {
            if (caller != null) {
                identity.setAuthentication(caller);
            }
        }
    }

    public static void run(Runnable work) {
        call(() -> {
            work.run();
            return null;
        });
    }
}
