package org.strengtheningfamilies.readmodel;

import java.sql.Timestamp;
import java.time.Instant;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.strengtheningfamilies.events.TaskAssigned;
import org.strengtheningfamilies.events.TaskClosed;
import org.strengtheningfamilies.events.TaskOpened;
import org.strengtheningfamilies.events.TaskRescheduled;

/**
 * The programme's open work (sf_report_task): every user task with when it arrived, was due, who held
 * it and when it ended, written from the task events in the engine's transaction, so that the reports
 * count overdue work, as at any date, without reading engine history.
 */
@Component
class OpenWorkReadModel {

    private final NamedParameterJdbcTemplate jdbc;

    OpenWorkReadModel(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    public void on(TaskOpened opened) {
        jdbc.update("insert into sf_report_task (task_id, process_instance_id, process_key, task_key, business_key, "
                        + "assignee, candidate_groups, created_at, due_at, follow_up_at) values (:task, :pi, :process, "
                        + ":key, :business, :assignee, :groups, :at, :due, :followUp)",
                new MapSqlParameterSource("task", opened.taskId()).addValue("pi", opened.processInstanceId())
                        .addValue("process", opened.processKey()).addValue("key", opened.taskKey())
                        .addValue("business", opened.businessKey()).addValue("assignee", opened.assignee())
                        .addValue("groups", opened.candidateGroups().isEmpty() ? null
                                : String.join(",", opened.candidateGroups()))
                        .addValue("at", timestamp(opened.at())).addValue("due", timestamp(opened.dueAt()))
                        .addValue("followUp", timestamp(opened.followUpAt())));
    }

    @EventListener
    public void on(TaskAssigned assigned) {
        jdbc.update("update sf_report_task set assignee = :assignee where task_id = :task",
                new MapSqlParameterSource("task", assigned.taskId()).addValue("assignee", assigned.assignee()));
    }

    @EventListener
    public void on(TaskRescheduled rescheduled) {
        jdbc.update("update sf_report_task set due_at = :due, follow_up_at = :followUp where task_id = :task",
                new MapSqlParameterSource("task", rescheduled.taskId()).addValue("due", timestamp(rescheduled.dueAt()))
                        .addValue("followUp", timestamp(rescheduled.followUpAt())));
    }

    @EventListener
    public void on(TaskClosed closed) {
        jdbc.update("update sf_report_task set ended_at = :at, completed = :completed where task_id = :task",
                new MapSqlParameterSource("task", closed.taskId()).addValue("at", timestamp(closed.at()))
                        .addValue("completed", closed.completed()));
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
