package org.strengtheningfamilies.kernel;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.spin.plugin.variable.SpinValues;
import org.camunda.spin.plugin.variable.value.JsonValue;

/**
 * One process variable: its name, the label staff know it by (the form's), and how its stored value
 * becomes a Java value and back.
 *
 * Values arrive from three writers that disagree about types: Tasklist (numbers as Long or Double,
 * lists as Spin JSON), the REST API (whatever the client declared) and our own delegates. Reading
 * through one accessor per variable keeps that tolerance in one place, and every failure is a
 * {@link Problem} of the variable: its field for REST clients, its label in the message for staff.
 */
public final class ProcessVariable<T> {

    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            // dates inside JSON lists stay ISO strings, which the forms' date pickers read
            .configure(com.fasterxml.jackson.databind.SerializationFeature.WRITE_DATES_AS_TIMESTAMPS, false);

    private final String name;
    private final String label;
    private final Function<Object, T> reader;
    private final Function<T, Object> writer;

    private ProcessVariable(String name, String label, Function<Object, T> reader, Function<T, Object> writer) {
        this.name = name;
        this.label = label;
        this.reader = reader;
        this.writer = writer;
    }

    private ProcessVariable(String name, Function<Object, T> reader, Function<T, Object> writer) {
        this(name, null, reader, writer);
    }

    public String name() {
        return name;
    }

    /** The same variable known to staff by {@code label}: the field's label as the form that captures it shows it. */
    public ProcessVariable<T> labelled(String label) {
        return new ProcessVariable<>(name, label, reader, writer);
    }

    /** The label staff know the field by; a variable no form captures is named in words from its name. */
    public String label() {
        return label != null ? label : words(name);
    }

    /** The problem of this variable when it is missing: "“District” is required." */
    public Problem missing() {
        return new Problem(name, "“" + label() + "” is required.");
    }

    /** The field of one item's component in a list variable: {@code householdMembers[2].gender}, numbered from 1 as the forms show them. */
    public String item(int number, String component) {
        return name + "[" + number + "]" + (component == null ? "" : "." + component);
    }

    /** How messages name one item of a list variable: "Household members, item 2". */
    public String itemLabel(int number) {
        return label() + ", item " + number;
    }

    /** The value, or empty when the variable is absent or null. */
    public Optional<T> find(VariableScope scope) {
        return Optional.ofNullable(convert(scope.getVariable(name)));
    }

    /** The value, or null when absent. */
    public T get(VariableScope scope) {
        return convert(scope.getVariable(name));
    }

    /** The value from a plain map of variables (what rules and unit tests use), or null. */
    public T get(java.util.Map<String, ?> variables) {
        return convert(variables.get(name));
    }

    public Optional<T> find(java.util.Map<String, ?> variables) {
        return Optional.ofNullable(get(variables));
    }

    public T getOrDefault(VariableScope scope, T fallback) {
        return find(scope).orElse(fallback);
    }

    /** The value; a missing value is a problem of the case data, reported against this field. */
    public T require(VariableScope scope) {
        T value = get(scope);
        if (value == null || (value instanceof String s && s.isBlank())) {
            throw new CaseDataException(List.of(missing()));
        }
        return value;
    }

    public void set(VariableScope scope, T value) {
        scope.setVariable(name, value == null ? null : writer.apply(value));
    }

    /** Converts a raw stored value; throws {@link CaseDataException} naming this variable. */
    public T convert(Object raw) {
        if (raw == null) {
            return null;
        }
        try {
            return reader.apply(raw);
        } catch (CaseDataException e) {
            throw e;
        } catch (ItemMismatch e) {
            String where = e.item == null ? "“" + label() + "”" : itemLabel(e.item);
            String what = e.component == null ? "" : words(e.component).toLowerCase(java.util.Locale.ROOT) + " ";
            throw CaseDataException.of(name + e.path, where + ": " + what + e.getMessage() + ".");
        } catch (RuntimeException e) {
            throw CaseDataException.of(name, "“" + label() + "” " + describe(e) + ".");
        }
    }

    /** The stored representation of a value (what {@link #set} writes). */
    public Object toStored(T value) {
        return value == null ? null : writer.apply(value);
    }

    private static String describe(RuntimeException e) {
        String message = e.getMessage();
        return message == null ? "has a value that cannot be read" : message;
    }

    /** "claimAmountPence" as "Claim amount pence". */
    static String words(String name) {
        String spaced = name.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
        return spaced.isEmpty() ? spaced : Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }

    /** The variables a class declares as static fields, in declaration order (a contract's index reads them). */
    public static List<ProcessVariable<?>> declaredIn(Class<?> declarations) {
        List<ProcessVariable<?>> variables = new ArrayList<>();
        for (Field field : declarations.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == ProcessVariable.class) {
                try {
                    variables.add((ProcessVariable<?>) field.get(null));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return List.copyOf(variables);
    }

    // ---- factories -------------------------------------------------------------------------

    public static ProcessVariable<String> string(String name) {
        return new ProcessVariable<>(name, raw -> {
            if (raw instanceof String s) {
                // Tasklist sends an empty field as "": blank text means "not given"
                return s.isBlank() ? null : s.trim();
            }
            throw new IllegalArgumentException("must be text");
        }, s -> s);
    }

    public static ProcessVariable<Boolean> bool(String name) {
        return new ProcessVariable<>(name, raw -> {
            if (raw instanceof Boolean b) {
                return b;
            }
            if (raw instanceof String s && (s.equalsIgnoreCase("true") || s.equalsIgnoreCase("false"))) {
                return Boolean.valueOf(s);
            }
            throw new IllegalArgumentException("must be true or false (it was " + raw + ")");
        }, b -> b);
    }

    /** Whole numbers; Tasklist may send 3.0 for 3, which is accepted, 3.5 is not. */
    public static ProcessVariable<Integer> integer(String name) {
        return new ProcessVariable<>(name, raw -> {
            long value = wholeNumber(raw);
            if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
                throw new IllegalArgumentException("is too large a number (it was " + raw + ")");
            }
            return (int) value;
        }, i -> i);
    }

    public static ProcessVariable<Long> longNumber(String name) {
        return new ProcessVariable<>(name, ProcessVariable::wholeNumber, l -> l);
    }

    /** Dates are stored as ISO yyyy-MM-dd strings (the variable contract); Tasklist may add a time. */
    public static ProcessVariable<LocalDate> date(String name) {
        return new ProcessVariable<>(name, raw -> {
            if (raw instanceof java.util.Date d) {
                return d.toInstant().atZone(java.time.ZoneId.systemDefault()).toLocalDate();
            }
            String text = String.valueOf(raw).trim();
            if (text.length() > 10 && text.charAt(10) == 'T') {
                text = text.substring(0, 10);
            }
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("must be a date, written yyyy-mm-dd (it was " + raw + ")");
            }
        }, LocalDate::toString);
    }

    public static <E extends Enum<E>> ProcessVariable<E> enumeration(String name, Class<E> type) {
        return new ProcessVariable<>(name, raw -> {
            String text = String.valueOf(raw).trim();
            try {
                return Enum.valueOf(type, text);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("must be one of " + Arrays.stream(type.getEnumConstants())
                        .map(Enum::name).collect(Collectors.joining(", ")) + " (it was " + text + ")");
            }
        }, Enum::name);
    }

    /** A JSON list (Spin JSON in the engine, so Tasklist and Cockpit show it as JSON). */
    public static <E> ProcessVariable<List<E>> jsonList(String name, Class<E> elementType) {
        JavaType listType = JSON.getTypeFactory().constructCollectionType(List.class, elementType);
        return new ProcessVariable<>(name, raw -> {
            try {
                List<E> list;
                if (raw instanceof JsonValue json) {
                    list = JSON.readValue(json.getValueSerialized(), listType);
                } else if (raw instanceof String s) {
                    list = JSON.readValue(s, listType);
                } else if (raw instanceof org.camunda.spin.json.SpinJsonNode node) {
                    list = JSON.readValue(node.toString(), listType);
                } else {
                    list = JSON.convertValue(raw, listType);
                }
                return list == null ? List.of() : list;
            } catch (com.fasterxml.jackson.databind.JsonMappingException e) {
                throw itemProblem(e);
            } catch (JsonProcessingException | IllegalArgumentException e) {
                throw new IllegalArgumentException("must be a list (" + firstLine(e.getMessage()) + ")");
            }
        }, list -> {
            try {
                return SpinValues.jsonValue(JSON.writeValueAsString(list)).create();
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /**
     * A JSON object of text by key (Spin JSON), e.g. the evidence for each need: {"EDUCATION": "…"}. A form
     * writes one with dotted keys ({@code needsEvidence.EDUCATION}); blank texts count as not given.
     */
    public static ProcessVariable<java.util.Map<String, String>> jsonTextMap(String name) {
        JavaType mapType = JSON.getTypeFactory().constructMapType(java.util.LinkedHashMap.class, String.class, String.class);
        return new ProcessVariable<>(name, raw -> {
            try {
                java.util.Map<String, String> map;
                if (raw instanceof JsonValue json) {
                    map = JSON.readValue(json.getValueSerialized(), mapType);
                } else if (raw instanceof String s) {
                    map = JSON.readValue(s, mapType);
                } else if (raw instanceof org.camunda.spin.json.SpinJsonNode node) {
                    map = JSON.readValue(node.toString(), mapType);
                } else {
                    map = JSON.convertValue(raw, mapType);
                }
                java.util.Map<String, String> given = new java.util.LinkedHashMap<>();
                if (map != null) {
                    map.forEach((key, text) -> {
                        if (text != null && !text.isBlank()) {
                            given.put(key, text.trim());
                        }
                    });
                }
                return java.util.Collections.unmodifiableMap(given);
            } catch (JsonProcessingException | IllegalArgumentException e) {
                throw new IllegalArgumentException("must be a JSON object of texts, e.g. {\"EDUCATION\": \"...\"}");
            }
        }, map -> {
            try {
                return SpinValues.jsonValue(JSON.writeValueAsString(map)).create();
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /**
     * An item of a list variable that cannot be read: where (the path into the list, items numbered from
     * 1 as the forms show them) and what is wrong. Worded by {@link #convert}, which knows the label.
     */
    private static final class ItemMismatch extends RuntimeException {
        final String path;
        final Integer item;
        final String component;

        ItemMismatch(com.fasterxml.jackson.databind.JsonMappingException e) {
            super(describeMismatch(e));
            StringBuilder at = new StringBuilder();
            Integer number = null;
            String last = null;
            for (com.fasterxml.jackson.databind.JsonMappingException.Reference ref : e.getPath()) {
                if (ref.getFieldName() != null) {
                    at.append('.').append(ref.getFieldName());
                    last = ref.getFieldName();
                } else if (ref.getIndex() >= 0) {
                    at.append('[').append(ref.getIndex() + 1).append(']');
                    if (number == null) {
                        number = ref.getIndex() + 1;
                    }
                }
            }
            this.path = at.toString();
            this.item = number;
            this.component = last;
        }
    }

    private static ItemMismatch itemProblem(com.fasterxml.jackson.databind.JsonMappingException e) {
        return new ItemMismatch(e);
    }

    private static String describeMismatch(com.fasterxml.jackson.databind.JsonMappingException e) {
        if (e instanceof com.fasterxml.jackson.databind.exc.InvalidFormatException invalid) {
            Class<?> target = invalid.getTargetType();
            if (target != null && target.isEnum()) {
                return "must be one of " + Arrays.stream(target.getEnumConstants()).map(String::valueOf)
                        .collect(Collectors.joining(", ")) + " (it was " + invalid.getValue() + ")";
            }
            if (target != null && java.time.temporal.Temporal.class.isAssignableFrom(target)) {
                return "must be a date, written yyyy-mm-dd (it was " + invalid.getValue() + ")";
            }
            return "has a value it cannot take (it was " + invalid.getValue() + ")";
        }
        if (e instanceof com.fasterxml.jackson.databind.exc.MismatchedInputException) {
            return "has a value of the wrong kind";
        }
        return "cannot be read (" + firstLine(e.getOriginalMessage()) + ")";
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int cut = message.indexOf('\n');
        return cut < 0 ? message : message.substring(0, cut);
    }

    private static long wholeNumber(Object raw) {
        if (raw instanceof Integer || raw instanceof Long || raw instanceof Short) {
            return ((Number) raw).longValue();
        }
        if (raw instanceof Number n) {
            double d = n.doubleValue();
            if (d == Math.rint(d) && !Double.isInfinite(d)) {
                return (long) d;
            }
            throw new IllegalArgumentException("must be a whole number (it was " + raw + ")");
        }
        if (raw instanceof String s) {
            try {
                return Long.parseLong(s.trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("must be a whole number (it was " + s + ")");
            }
        }
        throw new IllegalArgumentException("must be a whole number (it was " + raw + ")");
    }
}
