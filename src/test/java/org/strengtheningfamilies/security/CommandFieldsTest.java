package org.strengtheningfamilies.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.camunda.bpm.engine.impl.cmd.AbstractCorrelateMessageCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractInstantiationCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractPatchVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractRemoveVariableCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractSetVariableCmd;
import org.camunda.bpm.engine.impl.cmd.AddCommentCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.CreateAttachmentCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteAttachmentCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteProcessInstanceCommentCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteTaskCommentCmd;
import org.camunda.bpm.engine.impl.cmd.EvaluateStartConditionCmd;
import org.camunda.bpm.engine.impl.cmd.GetAttachmentCmd;
import org.camunda.bpm.engine.impl.cmd.GetAttachmentContentCmd;
import org.camunda.bpm.engine.impl.cmd.GetProcessInstanceAttachmentsCmd;
import org.camunda.bpm.engine.impl.cmd.GetProcessInstanceCommentsCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskAttachmentCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskAttachmentContentCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskAttachmentsCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskCommentCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskCommentsCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskEventsCmd;
import org.camunda.bpm.engine.impl.cmd.MessageEventReceivedCmd;
import org.camunda.bpm.engine.impl.cmd.ModifyProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.SaveAttachmentCmd;
import org.camunda.bpm.engine.impl.cmd.SignalCmd;
import org.camunda.bpm.engine.impl.cmd.SignalEventReceivedCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitStartFormCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.cmd.UpdateCommentCmd;
import org.junit.jupiter.api.Test;

/**
 * Every input field of an engine command the guards read exists on the engine on the class path:
 * an upgrade that renames one fails here rather than opening a guard.
 */
class CommandFieldsTest {

    @Test
    void theFieldsTheGuardsReadExist() {
        Map<Class<?>, String[]> read = Map.ofEntries(
                Map.entry(AddCommentCmd.class, new String[] {"taskId", "processInstanceId"}),
                Map.entry(UpdateCommentCmd.class, new String[] {"taskId", "processInstanceId"}),
                Map.entry(GetTaskCommentsCmd.class, new String[] {"taskId"}),
                Map.entry(GetTaskCommentCmd.class, new String[] {"taskId"}),
                Map.entry(DeleteTaskCommentCmd.class, new String[] {"taskId"}),
                Map.entry(GetTaskEventsCmd.class, new String[] {"taskId"}),
                Map.entry(GetProcessInstanceCommentsCmd.class, new String[] {"processInstanceId"}),
                Map.entry(DeleteProcessInstanceCommentCmd.class, new String[] {"processInstanceId"}),
                Map.entry(CreateAttachmentCmd.class, new String[] {"taskId", "processInstanceId"}),
                Map.entry(GetTaskAttachmentsCmd.class, new String[] {"taskId"}),
                Map.entry(GetTaskAttachmentCmd.class, new String[] {"taskId"}),
                Map.entry(GetTaskAttachmentContentCmd.class, new String[] {"taskId"}),
                Map.entry(GetProcessInstanceAttachmentsCmd.class, new String[] {"processInstanceId"}),
                Map.entry(GetAttachmentCmd.class, new String[] {"attachmentId"}),
                Map.entry(GetAttachmentContentCmd.class, new String[] {"attachmentId"}),
                Map.entry(DeleteAttachmentCmd.class, new String[] {"attachmentId"}),
                Map.entry(SaveAttachmentCmd.class, new String[] {"attachment"}),
                Map.entry(StartProcessInstanceCmd.class, new String[] {"instantiationBuilder"}),
                Map.entry(SubmitStartFormCmd.class, new String[] {"processDefinitionId", "variables"}),
                Map.entry(CompleteTaskCmd.class, new String[] {"taskId", "variables"}),
                Map.entry(SubmitTaskFormCmd.class, new String[] {"taskId", "properties"}),
                Map.entry(AbstractSetVariableCmd.class, new String[] {"entityId", "variables"}),
                Map.entry(AbstractPatchVariablesCmd.class, new String[] {"entityId", "variables", "deletions"}),
                Map.entry(AbstractRemoveVariableCmd.class, new String[] {"entityId", "variableNames"}),
                Map.entry(AbstractCorrelateMessageCmd.class, new String[] {"builder"}),
                Map.entry(SignalEventReceivedCmd.class, new String[] {"builder"}),
                Map.entry(EvaluateStartConditionCmd.class, new String[] {"builder"}),
                Map.entry(ModifyProcessInstanceCmd.class, new String[] {"builder"}),
                Map.entry(SignalCmd.class, new String[] {"processVariables"}),
                Map.entry(MessageEventReceivedCmd.class, new String[] {"processVariables", "processVariablesLocal",
                        "processVariablesToTriggeredScope"}),
                Map.entry(AbstractInstantiationCmd.class, new String[] {"variables", "variablesLocal"}));
        read.forEach((command, fields) -> {
            for (String field : fields) {
                assertThat(CommandFields.find(command, field)).as(command.getSimpleName() + "." + field).isNotNull();
            }
        });
        assertThatThrownBy(() -> CommandFields.find(AddCommentCmd.class, "noSuchField"))
                .hasMessageContaining("the engine changed");
    }

    @Test
    void aFieldIsReadFromTheCommandObject() {
        assertThat(CommandFields.string(new GetTaskCommentsCmd("task-1"), "taskId")).isEqualTo("task-1");
        assertThat(CommandFields.string(new AddCommentCmd(null, "pi-1", "text"), "processInstanceId")).isEqualTo("pi-1");
    }
}
