package org.strengtheningfamilies.programme;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The phases of the national programme a council may run (DESIGN.md section 10). {@code sf.programme.phase}
 * names the phase of new referrals; each case records its own phase at referral and keeps it to its end.
 */
public enum ProgrammePhase {

    TF_2012("Troubled Families 2012 to 2015"),
    TF_2015("Troubled Families 2015 to 2020"),
    SF_2022("Supporting Families 2022 to 2025"),
    OUTCOMES_ONLY("the outcomes-only programme (Earned Autonomy, Families First)",
            "Outcomes-only programme (Earned Autonomy, Families First)");

    private final String title;
    private final String heading;

    ProgrammePhase(String title) {
        this(title, title);
    }

    ProgrammePhase(String title, String heading) {
        this.title = title;
        this.heading = heading;
    }

    /** The phase as staff read it within a sentence ("referred under the outcomes-only programme …"). */
    public String title() {
        return title;
    }

    /**
     * The phase as a heading, a name on its own or the start of a sentence: the outcomes-only programmes have no
     * proper name of their own, so their sentence form begins in lower case and would read wrong there.
     */
    public String heading() {
        return heading;
    }

    /** The phases after 2015, which judge a family by its needs rather than by the three national criteria. */
    public boolean judgedByNeeds() {
        return this != TF_2012;
    }

    /** "sf-2022" for SF_2022: how the phase is written in property names and file names. */
    public String slug() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** A phase by its code (TF_2012…); the message names the valid codes. */
    public static ProgrammePhase of(String code) {
        String text = code == null ? "" : code.trim();
        for (ProgrammePhase phase : values()) {
            if (phase.name().equalsIgnoreCase(text) || phase.slug().equalsIgnoreCase(text)) {
                return phase;
            }
        }
        throw new IllegalArgumentException("programme phase '" + code + "' is not known; the phases are "
                + Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", ")));
    }
}
