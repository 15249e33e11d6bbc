package org.strengtheningfamilies.security;

import java.util.Map;
import java.util.function.BiFunction;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.impl.cmd.AddCommentCmd;
import org.camunda.bpm.engine.impl.cmd.CreateAttachmentCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteAttachmentCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteProcessInstanceCommentCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteTaskCommentCmd;
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
import org.camunda.bpm.engine.impl.cmd.SaveAttachmentCmd;
import org.camunda.bpm.engine.impl.cmd.UpdateCommentCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.AttachmentEntity;
import org.camunda.bpm.engine.task.Attachment;

/**
 * Comments and attachments are family data: the engine itself checks nothing when they are read or
 * written, so this interceptor lets only those who may read the family's variables
 * ({@link FamilyAccess}) read, add, change or delete them. Everyone else gets 403, whatever route
 * they use (/engine-rest, the webapps' copy of it, Tasklist).
 */
class FamilyRecordGuard extends CommandInterceptor {

    /** What each command is about: a task, a process instance, or an attachment by id. */
    private static final Map<Class<?>, BiFunction<Object, FamilyAccess, Boolean>> CHECKS = Map.ofEntries(
            Map.entry(AddCommentCmd.class, (c, access) -> taskOrInstance(c, access)),
            Map.entry(UpdateCommentCmd.class, (c, access) -> taskOrInstance(c, access)),
            Map.entry(GetTaskCommentsCmd.class, FamilyRecordGuard::task),
            Map.entry(GetTaskCommentCmd.class, FamilyRecordGuard::task),
            Map.entry(DeleteTaskCommentCmd.class, FamilyRecordGuard::task),
            Map.entry(GetTaskEventsCmd.class, FamilyRecordGuard::task),
            Map.entry(GetProcessInstanceCommentsCmd.class, FamilyRecordGuard::instance),
            Map.entry(DeleteProcessInstanceCommentCmd.class, FamilyRecordGuard::instance),
            Map.entry(CreateAttachmentCmd.class, (c, access) -> taskOrInstance(c, access)),
            Map.entry(GetTaskAttachmentsCmd.class, FamilyRecordGuard::task),
            Map.entry(GetTaskAttachmentCmd.class, FamilyRecordGuard::task),
            Map.entry(GetTaskAttachmentContentCmd.class, FamilyRecordGuard::task),
            Map.entry(GetProcessInstanceAttachmentsCmd.class, FamilyRecordGuard::instance),
            Map.entry(GetAttachmentCmd.class, FamilyRecordGuard::attachment),
            Map.entry(GetAttachmentContentCmd.class, FamilyRecordGuard::attachment),
            Map.entry(DeleteAttachmentCmd.class, FamilyRecordGuard::attachment),
            Map.entry(SaveAttachmentCmd.class, (c, access) -> {
                Attachment attachment = (Attachment) CommandFields.get(c, "attachment");
                return attachment == null || attachment.getId() == null || mayRead(attachment.getId(), access);
            }));

    @Override
    public <T> T execute(Command<T> command) {
        BiFunction<Object, FamilyAccess, Boolean> check = CHECKS.get(command.getClass());
        CommandContext context = Context.getCommandContext();
        if (check != null && context != null) {
            FamilyAccess access = FamilyAccess.of(context);
            if (!access.unrestricted() && !check.apply(command, access)) {
                throw new AuthorizationException("Comments and attachments belong to the family's case: only "
                        + "those who may read the family's case data may read or write them ("
                        + access.userId() + " may not).");
            }
        }
        return next.execute(command);
    }

    private static boolean task(Object command, FamilyAccess access) {
        return access.mayReadTask(CommandFields.string(command, "taskId"));
    }

    private static boolean instance(Object command, FamilyAccess access) {
        return access.mayReadProcessInstance(CommandFields.string(command, "processInstanceId"));
    }

    private static boolean taskOrInstance(Object command, FamilyAccess access) {
        String taskId = CommandFields.string(command, "taskId");
        String processInstanceId = CommandFields.string(command, "processInstanceId");
        if (taskId == null && processInstanceId == null) {
            return true; // the engine refuses it as incomplete
        }
        return (taskId == null || access.mayReadTask(taskId))
                && (processInstanceId == null || access.mayReadProcessInstance(processInstanceId));
    }

    private static boolean attachment(Object command, FamilyAccess access) {
        String attachmentId = CommandFields.string(command, "attachmentId");
        return attachmentId == null || mayRead(attachmentId, access);
    }

    private static boolean mayRead(String attachmentId, FamilyAccess access) {
        CommandContext context = Context.getCommandContext();
        AttachmentEntity attachment = context.runWithoutAuthorization(
                () -> context.getDbEntityManager().selectById(AttachmentEntity.class, attachmentId));
        if (attachment == null) {
            return false; // unknown and unreadable answer alike
        }
        if (attachment.getTaskId() != null) {
            return access.mayReadTask(attachment.getTaskId());
        }
        return access.mayReadProcessInstance(attachment.getProcessInstanceId());
    }
}
