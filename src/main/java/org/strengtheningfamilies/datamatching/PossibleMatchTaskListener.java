package org.strengtheningfamilies.datamatching;

import static org.strengtheningfamilies.datamatching.RunVariables.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.strengtheningfamilies.kernel.CaseDataException;

/**
 * Task_ResolvePossibleMatch. On create: the two records side by side for the form (task variables).
 * On complete: the decision is required and applied at once, in the completing transaction.
 */
class PossibleMatchTaskListener implements TaskListener {

    private final MatchingRepository repository;
    private final DataMatching matching;

    public PossibleMatchTaskListener(MatchingRepository repository, DataMatching matching) {
        this.repository = repository;
        this.matching = matching;
    }

    @Override
    public void notify(DelegateTask task) {
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            show(task);
        } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
            decide(task);
        }
    }

    private void show(DelegateTask task) {
        long id = POSSIBLE_MATCH_ID.require(task);
        MatchingRepository.PossibleMatch match = repository.possibleMatch(id)
                .orElseThrow(() -> new IllegalStateException("no possible match " + id));
        // the decision lives in this instance of the multi-instance task, not in the whole run
        task.getExecution().setVariableLocal(POSSIBLE_MATCH_DECISION.name(), null);
        task.setVariableLocal("matchScore", match.score().toPlainString());
        repository.record(match.dataset(), match.rowId()).ifPresent(r -> {
            task.setVariableLocal("recordDataset", r.dataset().replace("sf_data_", ""));
            task.setVariableLocal("recordName", r.fullName());
            task.setVariableLocal("recordDateOfBirth", r.dateOfBirth().toString());
            task.setVariableLocal("recordGender", r.gender());
            task.setVariableLocal("recordHome", home(r.address(), r.postcode(), r.uprn()));
        });
        repository.person(match.candidatePersonId()).ifPresent(p -> {
            task.setVariableLocal("candidateName", p.fullName());
            task.setVariableLocal("candidateDateOfBirth", p.dateOfBirth().toString());
            task.setVariableLocal("candidateGender", p.gender());
            task.setVariableLocal("candidateHome", home(repository.householdAddress(p.householdId()), p.postcode(), p.uprn()));
            task.setVariableLocal("candidateRecords", repository.recordsOf(p.personId()));
        });
    }

    private static String home(String address, String postcode, String uprn) {
        StringBuilder text = new StringBuilder(address == null ? "(no address)" : address);
        if (postcode != null) {
            text.append(", ").append(postcode);
        }
        text.append(uprn == null ? " (no UPRN)" : " (UPRN " + uprn + ")");
        return text.toString();
    }

    private void decide(DelegateTask task) {
        PossibleMatchDecision decision = POSSIBLE_MATCH_DECISION.get(task);
        if (decision == null) {
            throw CaseDataException.of(POSSIBLE_MATCH_DECISION.name(), "Choose the “" + POSSIBLE_MATCH_DECISION.label()
                    + "”: “Same person” or “Different people”.");
        }
        Authentication user = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        String decidedBy = user != null ? user.getUserId() : task.getAssignee();
        matching.resolve(POSSIBLE_MATCH_ID.require(task), decision == PossibleMatchDecision.SAME_PERSON, decidedBy);
    }
}
