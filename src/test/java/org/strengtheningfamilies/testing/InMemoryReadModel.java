package org.strengtheningfamilies.testing;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.strengtheningfamilies.readmodel.ReadModelStore;
import org.strengtheningfamilies.readmodel.YoungPerson;

/** The reporting read model for the process tests: one mutable record per case. */
public class InMemoryReadModel implements ReadModelStore {

    /** What the read model holds of one case. */
    public static class CaseRecord {
        public String familyRef;
        public LocalDate referredOn;
        public boolean retrospective;
        public String district;
        public LocalDate identifiedOn;
        public String route;
        public String leadService;
        public Integer needLevel;
        public String previousLeadService;
        public LocalDate allocatedOn;
        public LocalDate attachedOn;
        public Integer programmeYear;
        public LocalDate turnedAroundOn;
        public LocalDate claimedOn;
        public LocalDate closedOn;
        public String outcome;
        public List<YoungPerson> youngPeople = List.of();
        public List<String> presentingIssues = List.of();
    }

    public final Map<String, CaseRecord> cases = new LinkedHashMap<>();

    public CaseRecord byFamily(String familyRef) {
        return cases.values().stream().filter(c -> familyRef.equals(c.familyRef)).reduce((a, b) -> b)
                .orElseThrow(() -> new AssertionError("no read-model record of " + familyRef));
    }

    @Override
    public synchronized void referred(String pid, String familyRef, LocalDate on, boolean retrospective, String district) {
        CaseRecord c = new CaseRecord();
        c.familyRef = familyRef;
        c.referredOn = on;
        c.retrospective = retrospective;
        c.district = district;
        cases.put(pid, c);
    }

    @Override
    public synchronized void identified(String pid, String familyRef, LocalDate on, String district, String route,
                                        String leadService, Integer needLevel, List<YoungPerson> youngPeople,
                                        List<String> presentingIssues) {
        CaseRecord c = cases.computeIfAbsent(pid, id -> new CaseRecord());
        c.familyRef = familyRef;
        c.identifiedOn = on;
        c.district = district;
        c.route = route;
        c.leadService = leadService;
        c.needLevel = needLevel;
        c.youngPeople = List.copyOf(youngPeople);
        c.presentingIssues = List.copyOf(presentingIssues);
    }

    @Override
    public synchronized void leadServiceChanged(String pid, LocalDate on, String leadService, Integer needLevel) {
        CaseRecord c = cases.get(pid);
        if (c != null) {
            c.previousLeadService = c.leadService;
            c.leadService = leadService;
            c.needLevel = needLevel;
        }
    }

    @Override
    public synchronized void allocated(String pid, LocalDate on) {
        CaseRecord c = cases.get(pid);
        if (c != null && c.allocatedOn == null) {
            c.allocatedOn = on;
        }
    }

    @Override
    public synchronized void attached(String pid, LocalDate attachedOn, Integer programmeYear) {
        CaseRecord c = cases.get(pid);
        if (c != null) {
            c.attachedOn = attachedOn;
            c.programmeYear = programmeYear;
        }
    }

    @Override
    public synchronized void turnedAround(String pid, LocalDate on) {
        CaseRecord c = cases.get(pid);
        if (c != null && c.turnedAroundOn == null) {
            c.turnedAroundOn = on;
        }
    }

    @Override
    public synchronized void claimed(String pid, LocalDate on) {
        CaseRecord c = cases.get(pid);
        if (c != null) {
            c.claimedOn = on;
        }
    }

    @Override
    public synchronized void closed(String pid, LocalDate on, String outcome) {
        CaseRecord c = cases.get(pid);
        if (c != null) {
            c.closedOn = on;
            c.outcome = outcome;
        }
    }
}
