package org.strengtheningfamilies.api;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import org.slf4j.LoggerFactory;
import org.slf4j.Marker;
import org.springframework.stereotype.Component;

/**
 * The engine's context logger ("org.camunda.bpm.engine.context", ENGINE-16004) logs at ERROR, with
 * a stack trace, every command that throws, so a refused submission (a rule of the case data, a
 * permission, a task completed already) looked like a fault of the server. Those entries, and only
 * those, are dropped here; the refusal is logged once at INFO by {@link ClientErrors} with its
 * reason. Every other error of the engine is logged as before.
 */
@Component
public class RefusedCommandLog extends TurboFilter {

    static final String ENGINE_CONTEXT_LOGGER = "org.camunda.bpm.engine.context";
    private static final String NAME = "sf-refused-commands";

    public RefusedCommandLog() {
        setName(NAME);
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context
                && context.getTurboFilterList().stream().noneMatch(f -> NAME.equals(f.getName()))) {
            context.addTurboFilter(this);
            start();
        }
    }

    @Override
    public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params, Throwable t) {
        if (level != Level.ERROR || logger == null || !ENGINE_CONTEXT_LOGGER.equals(logger.getName())) {
            return FilterReply.NEUTRAL;
        }
        Throwable failure = t != null ? t : lastThrowable(params);
        return failure != null && ClientErrors.isClientFault(failure) ? FilterReply.DENY : FilterReply.NEUTRAL;
    }

    private static Throwable lastThrowable(Object[] params) {
        if (params == null) {
            return null;
        }
        for (int i = params.length - 1; i >= 0; i--) {
            if (params[i] instanceof Throwable throwable) {
                return throwable;
            }
        }
        return null;
    }
}
