package org.strengtheningfamilies.panel;

import java.util.Locale;

/**
 * The service the panel puts in the lead for a family, with the levels of need on the Effective
 * Support Windscreen it takes.
 */
public enum LeadService {
    CFP("Children and Family Practices", 2, 4),
    CSC("Children's Social Care", 4, 4),
    YOT("Youth Offending Team", 2, 4),
    NEP("Neighbourhood Employment Programme", 2, 2),
    FIP("Family Intervention Project", 2, 4),
    /** The family counts as identified but is not worked with. */
    NFA("No further action required", 2, 4);

    private final String displayName;
    private final int lowestNeedLevel;
    private final int highestNeedLevel;

    LeadService(String displayName, int lowestNeedLevel, int highestNeedLevel) {
        this.displayName = displayName;
        this.lowestNeedLevel = lowestNeedLevel;
        this.highestNeedLevel = highestNeedLevel;
    }

    public String displayName() {
        return displayName;
    }

    public int lowestNeedLevel() {
        return lowestNeedLevel;
    }

    public int highestNeedLevel() {
        return highestNeedLevel;
    }

    public boolean fitsLevel(int needLevel) {
        return needLevel >= lowestNeedLevel && needLevel <= highestNeedLevel;
    }

    /** Why this service cannot lead a family at {@code needLevel}, in the words staff read. */
    public String refusesLevel(int needLevel) {
        String levels = lowestNeedLevel == highestNeedLevel ? "level " + lowestNeedLevel
                : "levels " + lowestNeedLevel + " to " + highestNeedLevel;
        return displayName + " takes families at " + levels + " only; this family is at level " + needLevel + ".";
    }

    /** The Camunda group of this service's key workers. */
    public String teamGroup() {
        if (this == NFA) {
            throw new IllegalStateException("NFA has no team: the family is not worked with");
        }
        return "team-" + name().toLowerCase(Locale.ROOT);
    }
}
