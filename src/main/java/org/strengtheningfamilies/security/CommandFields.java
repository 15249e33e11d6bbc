package org.strengtheningfamilies.security;

import java.lang.reflect.Field;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads an input of one of the engine's commands (the task id of a comment, the variables of a
 * completion). The commands keep their inputs in protected fields and offer no getters; the guards
 * need them before the command runs. {@code CommandFieldsTest} checks every field the guards read
 * against the engine on the class path, so an upgrade that renames one fails a test, not a guard.
 */
final class CommandFields {

    private static final Map<String, Field> FIELDS = new ConcurrentHashMap<>();

    private CommandFields() {
    }

    /** The value of the named field, declared on the command's class or one of its superclasses. */
    static Object get(Object command, String name) {
        Field field = FIELDS.computeIfAbsent(command.getClass().getName() + "#" + name, key -> find(command.getClass(), name));
        try {
            return field.get(command);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot read " + name + " of " + command.getClass().getName(), e);
        }
    }

    static String string(Object command, String name) {
        Object value = get(command, name);
        return value == null ? null : value.toString();
    }

    static Field find(Class<?> type, String name) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            try {
                Field field = c.getDeclaredField(name);
                field.setAccessible(true);
                return field;
            } catch (NoSuchFieldException e) {
                // look in the superclass
            }
        }
        throw new IllegalStateException(type.getName() + " has no field " + name
                + ": the engine changed, update the security guards (CommandFieldsTest)");
    }
}
