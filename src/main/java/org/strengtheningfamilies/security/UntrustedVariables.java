package org.strengtheningfamilies.security;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.impl.ConditionEvaluationBuilderImpl;
import org.camunda.bpm.engine.impl.MessageCorrelationBuilderImpl;
import org.camunda.bpm.engine.impl.ProcessInstanceModificationBuilderImpl;
import org.camunda.bpm.engine.impl.ProcessInstantiationBuilderImpl;
import org.camunda.bpm.engine.impl.SignalEventReceivedBuilderImpl;
import org.camunda.bpm.engine.impl.cmd.AbstractCorrelateMessageCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractInstantiationCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractPatchVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractRemoveVariableCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractSetVariableCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.EvaluateStartConditionCmd;
import org.camunda.bpm.engine.impl.cmd.MessageEventReceivedCmd;
import org.camunda.bpm.engine.impl.cmd.ModifyProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.PatchTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.RemoveTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.SetTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.SignalCmd;
import org.camunda.bpm.engine.impl.cmd.SignalEventReceivedCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceAtActivitiesCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitStartFormCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.variable.type.ValueType;
import org.camunda.bpm.engine.variable.value.ObjectValue;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.strengtheningfamilies.kernel.CaseDataException;
import org.strengtheningfamilies.kernel.Problem;
import org.strengtheningfamilies.kernel.ProcessVariable;

/**
 * Variables from users are untrusted. Whatever route a user writes them by (starting a case,
 * completing or submitting a task, setting task or case variables, messages, signals), each value
 * must be plain: text, a number, true/false, a date or valid JSON; never an Object (Java or JSON
 * serialised, which the engine would deserialise into any class named), a file or bytes. Text is at
 * most {@value #MAX_TEXT} characters (what the engine can store) and has no control characters but
 * tab and line breaks. A step (the start event or a user task) only takes the fields its form
 * captures; a field the form only shows may be sent back unchanged. Writes outside a step (the
 * case's own variables) only take the variables of the process's contract. Values of the contract
 * must read as their declared type. Anything else is refused with 400, naming each field. Starting a
 * case anywhere but its start event is refused with 403 (it would skip the referral's checks).
 * The engine's own work, and administrators' start instructions, are not limited here.
 */
class UntrustedVariables extends CommandInterceptor {

    static final int MAX_TEXT = 4000;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> PLAIN_TYPES = Set.of(ValueType.STRING.getName(), ValueType.BOOLEAN.getName(),
            ValueType.INTEGER.getName(), ValueType.LONG.getName(), ValueType.SHORT.getName(),
            ValueType.DOUBLE.getName(), ValueType.DATE.getName(), ValueType.NULL.getName(), ValueType.NUMBER.getName());
    private static final String JSON_TYPE = "json";

    private final StepForms forms = new StepForms();
    private final Map<String, Map<String, ProcessVariable<?>>> contracts;

    /** @param contracts the declared variables of each process, by process key */
    UntrustedVariables(Map<String, ? extends Collection<ProcessVariable<?>>> contracts) {
        Map<String, Map<String, ProcessVariable<?>>> byName = new LinkedHashMap<>();
        contracts.forEach((process, variables) -> {
            Map<String, ProcessVariable<?>> named = new LinkedHashMap<>();
            variables.forEach(v -> named.put(v.name(), v));
            byName.put(process, named);
        });
        this.contracts = byName;
    }

    @Override
    public <T> T execute(Command<T> command) {
        CommandContext context = Context.getCommandContext();
        if (context != null && context.getAuthentication() != null) {
            check(command, context);
        }
        return next.execute(command);
    }

    /** Where the values go: a process and, when they are a step's input, the step. */
    private record Target(ProcessDefinitionEntity process, String step, Optional<StepForms.Fields> form,
                          Map<String, Object> current) {
    }

    private void check(Command<?> command, CommandContext context) {
        if (command instanceof StartProcessInstanceAtActivitiesCmd) {
            if (!FamilyAccess.of(context).unrestricted()) {
                throw new AuthorizationException("A case starts at its start event, with the referral's checks: "
                        + "starting it at another step is not allowed");
            }
            return;
        }
        if (command instanceof StartProcessInstanceCmd) {
            ProcessInstantiationBuilderImpl builder = (ProcessInstantiationBuilderImpl) CommandFields.get(command, "instantiationBuilder");
            ProcessDefinitionEntity process = builder.getProcessDefinitionId() != null
                    ? definitionById(context, builder.getProcessDefinitionId())
                    : context.getProcessEngineConfiguration().getDeploymentCache()
                    .findDeployedLatestProcessDefinitionByKey(builder.getProcessDefinitionKey());
            stepInput(context, start(context, process), values(builder.getVariables()), List.of());
        } else if (command instanceof SubmitStartFormCmd) {
            ProcessDefinitionEntity process = definitionById(context, CommandFields.string(command, "processDefinitionId"));
            stepInput(context, start(context, process), values(CommandFields.get(command, "variables")), List.of());
        } else if (command instanceof CompleteTaskCmd || command instanceof SubmitTaskFormCmd) {
            String field = command instanceof CompleteTaskCmd ? "variables" : "properties";
            task(context, CommandFields.string(command, "taskId")).ifPresent(target ->
                    stepInput(context, target, values(CommandFields.get(command, field)), List.of()));
        } else if (command instanceof SetTaskVariablesCmd || command instanceof PatchTaskVariablesCmd
                || command instanceof RemoveTaskVariablesCmd) {
            task(context, CommandFields.string(command, "entityId")).ifPresent(target ->
                    stepInput(context, target, writes(command), removals(command)));
        } else if (command instanceof AbstractSetVariableCmd || command instanceof AbstractPatchVariablesCmd
                || command instanceof AbstractRemoveVariableCmd) {
            execution(context, CommandFields.string(command, "entityId")).ifPresent(process ->
                    caseInput(process, writes(command), removals(command)));
        } else {
            payloads(command).forEach(payload -> plainValues(payload, new ArrayList<>(), true));
        }
    }

    // ---- where the values go ----------------------------------------------------------------

    private Target start(CommandContext context, ProcessDefinitionEntity process) {
        if (process == null) {
            return null;
        }
        var startForm = process.getStartFormDefinition();
        return new Target(process, "start", forms.of(context, process.getDeploymentId(),
                startForm == null ? null : startForm.getCamundaFormDefinitionKey()), Map.of());
    }

    private Optional<Target> task(CommandContext context, String taskId) {
        if (taskId == null) {
            return Optional.empty();
        }
        TaskEntity task = context.runWithoutAuthorization(() -> context.getTaskManager().findTaskById(taskId));
        if (task == null || task.getProcessDefinitionId() == null || task.getTaskDefinition() == null) {
            return Optional.empty(); // unknown tasks are the engine's to refuse; stand-alone tasks have no contract
        }
        ProcessDefinitionEntity process = definitionById(context, task.getProcessDefinitionId());
        Map<String, Object> current = context.runWithoutAuthorization(
                () -> new LinkedHashMap<String, Object>(values(task.getVariablesTyped(false))));
        return Optional.of(new Target(process, task.getTaskDefinitionKey(), forms.of(context, process.getDeploymentId(),
                task.getTaskDefinition().getCamundaFormDefinitionKey(), task), current));
    }

    private Optional<ProcessDefinitionEntity> execution(CommandContext context, String executionId) {
        if (executionId == null) {
            return Optional.empty();
        }
        ExecutionEntity execution = context.runWithoutAuthorization(() -> context.getExecutionManager().findExecutionById(executionId));
        return execution == null ? Optional.empty() : Optional.of(definitionById(context, execution.getProcessDefinitionId()));
    }

    private static ProcessDefinitionEntity definitionById(CommandContext context, String id) {
        return context.runWithoutAuthorization(() -> context.getProcessEngineConfiguration().getDeploymentCache()
                .findDeployedProcessDefinitionById(id));
    }

    // ---- the rules -----------------------------------------------------------------------------

    private void stepInput(CommandContext context, Target target, Map<String, ?> values, Collection<String> removed) {
        List<Problem> problems = new ArrayList<>();
        String step = target == null ? null : target.form().map(StepForms.Fields::formId).orElse(target.step());
        for (Map.Entry<String, ?> entry : values.entrySet()) {
            String name = entry.getKey();
            Optional<Problem> plain = problemOfValue(name, entry.getValue());
            if (plain.isPresent()) {
                problems.add(plain.get());
                continue;
            }
            if (target == null) {
                continue;
            }
            if (target.form().isPresent()) {
                StepForms.Fields form = target.form().get();
                if (form.shown().contains(name)) {
                    if (!sameValue(entry.getValue(), target.current().get(name))) {
                        problems.add(problem(name, name + " is shown at this step (" + step + ") but cannot be changed here"));
                    }
                    continue;
                }
                if (!form.writable().contains(name)) {
                    problems.add(problem(name, name + " is not a field of this step (" + step + ")"));
                    continue;
                }
            }
            declaredType(target.process(), name, entry.getValue(), problems);
        }
        if (target != null && target.form().isPresent()) {
            for (String name : removed) {
                if (!target.form().get().writable().contains(name)) {
                    problems.add(problem(name, name + " cannot be removed at this step (" + step + ")"));
                }
            }
        }
        throwIfAny(problems);
    }

    private void caseInput(ProcessDefinitionEntity process, Map<String, ?> values, Collection<String> removed) {
        List<Problem> problems = new ArrayList<>();
        Map<String, ProcessVariable<?>> contract = contracts.get(process.getKey());
        for (Map.Entry<String, ?> entry : values.entrySet()) {
            String name = entry.getKey();
            Optional<Problem> plain = problemOfValue(name, entry.getValue());
            if (plain.isPresent()) {
                problems.add(plain.get());
            } else if (contract != null && !contract.containsKey(name)) {
                problems.add(problem(name, name + " is not a variable of the " + process.getKey() + " process"));
            } else {
                declaredType(process, name, entry.getValue(), problems);
            }
        }
        if (contract != null) {
            for (String name : removed) {
                if (!contract.containsKey(name)) {
                    problems.add(problem(name, name + " is not a variable of the " + process.getKey() + " process"));
                }
            }
        }
        throwIfAny(problems);
    }

    /** Plain values only; with {@code throwNow} the first problems are thrown at once. */
    static void plainValues(Map<String, ?> values, List<Problem> problems, boolean throwNow) {
        if (values == null) {
            return;
        }
        values.forEach((name, value) -> problemOfValue(name, value).ifPresent(problems::add));
        if (throwNow) {
            throwIfAny(problems);
        }
    }

    static Optional<Problem> problemOfValue(String name, Object value) {
        Object plain = value;
        if (value instanceof TypedValue typed) {
            ValueType type = typed.getType();
            if (typed instanceof ObjectValue || (type != null && ValueType.OBJECT.getName().equals(type.getName()))) {
                return Optional.of(problem(name, name + " cannot be an Object value: send text, a number, true or false, "
                        + "a date or JSON"));
            }
            if (type != null && JSON_TYPE.equals(type.getName())) {
                String json = typed instanceof SerializableValue s ? s.getValueSerialized() : null;
                if (json == null && typed.getValue() != null) {
                    json = typed.getValue().toString();
                }
                return validJson(name, json);
            }
            if (type != null && !PLAIN_TYPES.contains(type.getName())) {
                return Optional.of(problem(name, name + " cannot be a value of type " + type.getName()
                        + ": send text, a number, true or false, a date or JSON"));
            }
            plain = typed.getValue();
            if (type == null && plain != null && !isPlain(plain)) {
                return Optional.of(problem(name, name + " cannot be an Object value: send text, a number, true or false, "
                        + "a date or JSON"));
            }
        } else if (value != null && !isPlain(value) && !(value instanceof org.camunda.spin.json.SpinJsonNode)) {
            return Optional.of(problem(name, name + " cannot be an Object value: send text, a number, true or false, "
                    + "a date or JSON"));
        }
        return plain instanceof String text ? problemOfText(name, text) : Optional.empty();
    }

    private static boolean isPlain(Object value) {
        return value instanceof String || value instanceof Boolean || value instanceof Number || value instanceof Date;
    }

    private static Optional<Problem> validJson(String name, String json) {
        if (json == null) {
            return Optional.empty();
        }
        try {
            return problemOfJsonText(name, JSON.readTree(json));
        } catch (JsonProcessingException e) {
            return Optional.of(problem(name, name + " is not valid JSON (" + e.getOriginalMessage() + ")"));
        }
    }

    /** Every text inside a JSON value follows the rules of text. */
    private static Optional<Problem> problemOfJsonText(String name, com.fasterxml.jackson.databind.JsonNode node) {
        if (node.isTextual()) {
            return problemOfText(name, node.asText());
        }
        for (com.fasterxml.jackson.databind.JsonNode child : node) {
            Optional<Problem> problem = problemOfJsonText(name, child);
            if (problem.isPresent()) {
                return problem;
            }
        }
        return Optional.empty();
    }

    static Optional<Problem> problemOfText(String name, String text) {
        if (text.length() > MAX_TEXT) {
            return Optional.of(problem(name, String.format("%s is too long: %,d characters, at most %,d", name,
                    text.length(), MAX_TEXT)));
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7f && c <= 0x9f)) {
                return Optional.of(problem(name, String.format("%s contains a control character (U+%04X): remove it", name, (int) c)));
            }
        }
        return Optional.empty();
    }

    private void declaredType(ProcessDefinitionEntity process, String name, Object value, List<Problem> problems) {
        Map<String, ProcessVariable<?>> contract = process == null ? null : contracts.get(process.getKey());
        ProcessVariable<?> declared = contract == null ? null : contract.get(name);
        if (declared == null) {
            return;
        }
        Object raw = value instanceof TypedValue typed && !(typed.getType() != null && JSON_TYPE.equals(typed.getType().getName()))
                ? typed.getValue() : value;
        try {
            declared.convert(raw);
        } catch (CaseDataException e) {
            problems.addAll(e.problems());
        }
    }

    private static boolean sameValue(Object sent, Object stored) {
        if (sent instanceof SerializableValue || stored instanceof SerializableValue) {
            String a = sent instanceof SerializableValue s ? s.getValueSerialized() : String.valueOf(sent);
            String b = stored instanceof SerializableValue s ? s.getValueSerialized() : String.valueOf(stored);
            return Objects.equals(a, b);
        }
        Object a = sent instanceof TypedValue t ? t.getValue() : sent;
        Object b = stored instanceof TypedValue t ? t.getValue() : stored;
        if (a instanceof Number x && b instanceof Number y) {
            return new BigDecimal(x.toString()).compareTo(new BigDecimal(y.toString())) == 0;
        }
        return Objects.equals(a == null ? null : a.toString(), b == null ? null : b.toString());
    }

    /** Each problem a sentence of its own: the body's message joins them. */
    private static Problem problem(String field, String message) {
        return new Problem(field, message.endsWith(".") ? message : message + ".");
    }

    private static void throwIfAny(List<Problem> problems) {
        if (!problems.isEmpty()) {
            throw new CaseDataException(problems);
        }
    }

    // ---- reading the commands ---------------------------------------------------------------

    /**
     * The values as sent: a VariableMap gives its typed values, never deserialised ones (reading an
     * Object value would deserialise it, which is what is being refused).
     */
    @SuppressWarnings("unchecked")
    static Map<String, ?> values(Object map) {
        if (map instanceof org.camunda.bpm.engine.variable.VariableMap variables) {
            Map<String, Object> typed = new LinkedHashMap<>();
            for (String name : variables.keySet()) {
                typed.put(name, variables.getValueTyped(name));
            }
            return typed;
        }
        return map instanceof Map<?, ?> m ? (Map<String, ?>) m : Map.of();
    }

    private static Map<String, ?> writes(Command<?> command) {
        return command instanceof AbstractRemoveVariableCmd ? Map.of() : values(CommandFields.get(command, "variables"));
    }

    @SuppressWarnings("unchecked")
    private static Collection<String> removals(Command<?> command) {
        Object names = command instanceof AbstractRemoveVariableCmd ? CommandFields.get(command, "variableNames")
                : command instanceof AbstractPatchVariablesCmd ? CommandFields.get(command, "deletions") : null;
        return names instanceof Collection<?> c ? (Collection<String>) c : List.of();
    }

    /** Variables carried by messages, signals, conditions and modifications: plain values only. */
    private static List<Map<String, ?>> payloads(Command<?> command) {
        List<Map<String, ?>> payloads = new ArrayList<>();
        if (command instanceof AbstractCorrelateMessageCmd) {
            MessageCorrelationBuilderImpl builder = (MessageCorrelationBuilderImpl) CommandFields.get(command, "builder");
            payloads.add(values(builder.getPayloadProcessInstanceVariables()));
            payloads.add(values(builder.getPayloadProcessInstanceVariablesLocal()));
            payloads.add(values(builder.getPayloadProcessInstanceVariablesToTriggeredScope()));
        } else if (command instanceof SignalEventReceivedCmd) {
            payloads.add(values(((SignalEventReceivedBuilderImpl) CommandFields.get(command, "builder")).getVariables()));
        } else if (command instanceof EvaluateStartConditionCmd) {
            payloads.add(values(((ConditionEvaluationBuilderImpl) CommandFields.get(command, "builder")).getVariables()));
        } else if (command instanceof SignalCmd) {
            payloads.add(values(CommandFields.get(command, "processVariables")));
        } else if (command instanceof MessageEventReceivedCmd) {
            payloads.add(values(CommandFields.get(command, "processVariables")));
            payloads.add(values(CommandFields.get(command, "processVariablesLocal")));
            payloads.add(values(CommandFields.get(command, "processVariablesToTriggeredScope")));
        } else if (command instanceof ModifyProcessInstanceCmd) {
            ProcessInstanceModificationBuilderImpl builder = (ProcessInstanceModificationBuilderImpl) CommandFields.get(command, "builder");
            builder.getModificationOperations().stream().filter(AbstractInstantiationCmd.class::isInstance).forEach(op -> {
                payloads.add(values(CommandFields.get(op, "variables")));
                payloads.add(values(CommandFields.get(op, "variablesLocal")));
            });
        }
        return payloads;
    }
}
