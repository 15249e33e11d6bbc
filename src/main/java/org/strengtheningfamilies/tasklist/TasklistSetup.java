package org.strengtheningfamilies.tasklist;

import static org.strengtheningfamilies.claimwindow.ClaimWindowElements.TASK_SIGN_OFF_CLAIM_RETURN;
import static org.strengtheningfamilies.datamatching.DataMatchingElements.TASK_RESOLVE_POSSIBLE_MATCH;
import static org.strengtheningfamilies.familycase.FamilyCaseElements.TASK_AUDIT_CLAIM;
import static org.strengtheningfamilies.familycase.FamilyCaseElements.TASK_AWAIT_CAPACITY;
import static org.strengtheningfamilies.familycase.FamilyCaseElements.TASK_DECIDE_FURTHER_SUPPORT;
import static org.strengtheningfamilies.familycase.FamilyCaseElements.TASK_PANEL_VALIDATION;
import static org.strengtheningfamilies.familycase.FamilyCaseElements.TASK_PROVIDE_MORE_INFORMATION;
import static org.strengtheningfamilies.familycase.FamilyCaseElements.TASK_REVIEW_DISENGAGEMENT;
import static org.strengtheningfamilies.familycase.FamilyCaseElements.TASK_REVIEW_REJECTED_CLAIM;

import java.util.LinkedHashMap;
import java.util.Map;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Lazy;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.strengtheningfamilies.identity.ProgrammeGroups;

/**
 * The programme's groups and the Tasklist filters each role works from, created at start-up if
 * missing (existing filters are left as the council may have edited them).
 */
@Component
class TasklistSetup {

    /** The Overdue filters, one per role (security/RoleModel grants each to its group). */
    static final String OVERDUE_MINE = "Overdue: my tasks";
    static final String OVERDUE_PANEL = "Overdue: panel";
    static final String OVERDUE_AUDIT = "Overdue: audit";
    static final String OVERDUE_DATA_TEAM = "Overdue: data team";
    static final String OVERDUE_PROGRAMME = "Overdue: whole programme";
    private static final String OVERDUE_COLOUR = "#b30000";
    /** The coordinator's way to a key worker's step (it is a candidate of each: security/RoleModel). */
    static final String CASEWORK = "Families' casework";

    private final IdentityService identityService;
    private final FilterService filterService;
    private final TaskService taskService;

    public TasklistSetup(@Lazy IdentityService identityService, @Lazy FilterService filterService,
                         @Lazy TaskService taskService) {
        this.identityService = identityService;
        this.filterService = filterService;
        this.taskService = taskService;
    }

    @EventListener(ApplicationReadyEvent.class)
    @org.springframework.core.annotation.Order(10) // before the role model grants the filters
    public void setUp() {
        ProgrammeGroups.ensure(identityService);
        int priority = 0;
        for (Map.Entry<String, FilterSpec> entry : filters().entrySet()) {
            String name = entry.getKey();
            if (filterService.createFilterQuery().filterName(name).count() > 0) {
                priority++;
                continue;
            }
            FilterSpec spec = entry.getValue();
            Filter filter = filterService.newTaskFilter(name)
                    .setOwner(null)
                    .setQuery(spec.query())
                    .setProperties(Map.of(
                            "description", spec.description(),
                            "priority", priority++,
                            "color", spec.color(),
                            "refresh", true,
                            "variables", spec.variables()));
            filterService.saveFilter(filter);
        }
    }

    record FilterSpec(TaskQuery query, String description, String color, java.util.List<Map<String, String>> variables) {
    }

    private Map<String, FilterSpec> filters() {
        // Every task name carries the family reference (FamilyInTaskNames). The columns below are
        // process variables, which Tasklist shows only to roles that may read every case's
        // variables (the coordinator); key workers, the panel and audit read them on the task.
        // Tasks of a group stay in its filter once someone has claimed them (includeAssignedTasks),
        // so nobody needs "My families" to find what they claimed.
        var caseColumns = java.util.List.of(
                Map.of("name", "leadService", "label", "Lead service"),
                Map.of("name", "district", "label", "District"));
        var none = java.util.List.<Map<String, String>>of();
        Map<String, FilterSpec> filters = new LinkedHashMap<>();
        filters.put("My families", new FilterSpec(
                taskService.createTaskQuery().taskAssigneeExpression("${currentUser()}")
                        .orderByDueDate().asc().orderByTaskCreateTime().asc(),
                "The tasks of the families allocated to me, soonest due first", "#2a7ab0", none));
        filters.put("Panel queue", new FilterSpec(
                taskService.createTaskQuery().taskCandidateGroup("panel").includeAssignedTasks()
                        .taskDefinitionKey(TASK_PANEL_VALIDATION).orderByDueDate().asc().orderByTaskCreateTime().asc(),
                "Referrals waiting for the multi-agency panel, oldest first", "#6a3d9a", none));
        filters.put("More information requested", new FilterSpec(
                taskService.createTaskQuery().taskDefinitionKey(TASK_PROVIDE_MORE_INFORMATION)
                        .orderByDueDate().asc().orderByTaskCreateTime().asc(),
                "Referrals the panel sent back to the referrer", "#b15928", none));
        filters.put("Awaiting capacity", new FilterSpec(
                taskService.createTaskQuery().taskDefinitionKey(TASK_AWAIT_CAPACITY).orderByDueDate().asc()
                        .orderByTaskCreateTime().asc(),
                "Accepted families waiting for a key worker place, longest wait first", "#e31a1c", caseColumns));
        filters.put("Coordinator decisions", new FilterSpec(
                // the decisions only: the coordinator is also a candidate of every key-worker step (to act
                // when a key worker is away), which would bury these under the programme's casework
                taskService.createTaskQuery().taskCandidateGroup("coordinator").includeAssignedTasks()
                        .taskDefinitionKeyIn(TASK_REVIEW_DISENGAGEMENT, TASK_DECIDE_FURTHER_SUPPORT,
                                TASK_REVIEW_REJECTED_CLAIM, TASK_SIGN_OFF_CLAIM_RETURN)
                        .orderByDueDate().asc().orderByTaskCreateTime().asc(),
                "Disengagement, further support, rejected claims and claim returns", "#ff7f00", caseColumns));
        filters.put(CASEWORK, new FilterSpec(
                taskService.createTaskQuery().taskCandidateGroup("coordinator").includeAssignedTasks()
                        .orderByDueDate().asc().orderByTaskCreateTime().asc(),
                "Every open step the coordinator may take up when a key worker is away: search by family reference",
                "#6a6a6a", caseColumns));
        filters.put("Claims to audit", new FilterSpec(
                taskService.createTaskQuery().taskDefinitionKey(TASK_AUDIT_CLAIM).orderByDueDate().asc()
                        .orderByTaskCreateTime().asc(),
                "Payment-by-results claims waiting for internal audit", "#33a02c", none));
        filters.put("Possible matches", new FilterSpec(
                taskService.createTaskQuery().taskCandidateGroup("data-team").taskDefinitionKey(TASK_RESOLVE_POSSIBLE_MATCH)
                        .orderByDueDate().asc().orderByTaskCreateTime().asc(),
                "Agency data records that may be a known person: same person or not?", "#1f78b4",
                java.util.List.of(Map.of("name", "recordName", "label", "Record"),
                        Map.of("name", "candidateName", "label", "Known person"),
                        Map.of("name", "matchScore", "label", "Similarity"))));
        // Overdue: due before now on the business clock (the engine's ${now()}), most overdue first; each
        // role's own work, and for the coordinator every overdue task of the programme (with the case columns
        // only the coordinator may read)
        filters.put(OVERDUE_MINE, new FilterSpec(overdue().taskAssigneeExpression("${currentUser()}"),
                "My tasks past their due date", OVERDUE_COLOUR, none));
        filters.put(OVERDUE_PANEL, new FilterSpec(overdue().taskCandidateGroup("panel").includeAssignedTasks(),
                "Panel tasks past their due date", OVERDUE_COLOUR, none));
        filters.put(OVERDUE_AUDIT, new FilterSpec(overdue().taskCandidateGroup("audit").includeAssignedTasks(),
                "Claims to audit past their due date", OVERDUE_COLOUR, none));
        filters.put(OVERDUE_DATA_TEAM, new FilterSpec(overdue().taskCandidateGroup("data-team").includeAssignedTasks(),
                "Possible matches past their due date", OVERDUE_COLOUR, none));
        filters.put(OVERDUE_PROGRAMME, new FilterSpec(overdue(),
                "Every task of the programme past its due date, whoever holds it", OVERDUE_COLOUR, caseColumns));
        return filters;
    }

    private TaskQuery overdue() {
        return taskService.createTaskQuery().dueBeforeExpression("${now()}").orderByDueDate().asc()
                .orderByTaskCreateTime().asc();
    }
}
