package org.strengtheningfamilies.partnerapi;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Rule;

/**
 * Why a referral was signposted, in the start form's words: which national criteria and local filters
 * it showed, which criteria it did not, and what the route table (identification-route.dmn, the
 * process designer's) admits, from the descriptions of its rules.
 */
final class SignpostReason {

    static final List<String> NATIONAL_CRITERIA = List.of("criterionCrimeAsb", "criterionEducation", "criterionWork");
    static final String ROUTE_TABLE = "identification-route";

    private final ReferralForm form;
    private final List<String> localFilters;
    private final RepositoryService repository;
    private final Map<String, String> admittedByDecision = new ConcurrentHashMap<>();

    SignpostReason(ReferralForm form, List<String> localFilters, RepositoryService repository) {
        this.form = form;
        this.localFilters = List.copyOf(localFilters);
        this.repository = repository;
    }

    /** The variables the reason is made from. */
    Collection<String> variableNames() {
        List<String> names = new ArrayList<>(NATIONAL_CRITERIA);
        names.addAll(localFilters);
        return names;
    }

    String of(Map<String, Object> variables) {
        List<String> met = new ArrayList<>();
        List<String> notMet = new ArrayList<>();
        for (String criterion : NATIONAL_CRITERIA) {
            (Boolean.TRUE.equals(variables.get(criterion)) ? met : notMet).add(form.label(criterion).toLowerCase());
        }
        List<String> filters = localFilters.stream().filter(f -> Boolean.TRUE.equals(variables.get(f)))
                .map(f -> form.label(f).toLowerCase()).toList();
        StringBuilder reason = new StringBuilder("Signposted to other services. The referral showed ")
                .append(met.size()).append(" of the ").append(NATIONAL_CRITERIA.size()).append(" national criteria");
        if (!met.isEmpty()) {
            reason.append(" (").append(String.join(", ", met)).append(")");
        }
        reason.append(" and ").append(filters.isEmpty() ? "no local filter" : "the local filters " + String.join(", ", filters));
        if (!notMet.isEmpty()) {
            reason.append("; not shown: ").append(String.join(", ", notMet));
        }
        reason.append('.');
        String admitted = admitted();
        if (!admitted.isEmpty()) {
            reason.append(" The programme takes families with ").append(admitted).append('.');
        }
        return reason.toString();
    }

    /** "all three national criteria, or exactly two national criteria and at least one local filter". */
    private String admitted() {
        DecisionDefinition decision = repository.createDecisionDefinitionQuery().decisionDefinitionKey(ROUTE_TABLE)
                .latestVersion().singleResult();
        if (decision == null) {
            return "";
        }
        return admittedByDecision.computeIfAbsent(decision.getId(), id -> {
            DmnModelInstance model = repository.getDmnModelInstance(id);
            List<String> routes = new ArrayList<>();
            for (Rule rule : model.getModelElementsByType(Rule.class)) {
                boolean signposts = rule.getOutputEntries().stream()
                        .anyMatch(entry -> entry.getTextContent().contains("NOT_ELIGIBLE"));
                if (!signposts && rule.getDescription() != null && !rule.getDescription().getTextContent().isBlank()) {
                    String text = rule.getDescription().getTextContent().trim();
                    routes.add(Character.toLowerCase(text.charAt(0)) + text.substring(1));
                }
            }
            return String.join(", or ", routes);
        });
    }
}
