package org.strengtheningfamilies.events;

import java.time.LocalDate;
import java.util.List;

import org.strengtheningfamilies.identification.IdentificationRoute;
import org.strengtheningfamilies.panel.LeadService;
import org.strengtheningfamilies.referral.HouseholdMember;

/**
 * The family counts as identified: the panel accepted it (with a lead service, "no further action"
 * included) or it was referred retrospectively. Route and lead service may be missing on a case that
 * started part-way.
 */
public record FamilyIdentified(String processInstanceId, String familyRef, LocalDate on, String district,
                               IdentificationRoute route, LeadService leadService, Integer needLevel,
                               List<HouseholdMember> householdMembers, List<String> presentingIssues)
        implements FamilyEvent {

    public FamilyIdentified {
        householdMembers = householdMembers == null ? List.of() : List.copyOf(householdMembers.stream()
                .filter(java.util.Objects::nonNull).toList());
        presentingIssues = presentingIssues == null ? List.of() : List.copyOf(presentingIssues.stream()
                .filter(java.util.Objects::nonNull).toList());
    }
}
