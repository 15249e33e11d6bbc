package org.strengtheningfamilies.programme;

import java.util.List;
import java.util.regex.Pattern;

/**
 * One headline problem or need of a programme phase: its code (the variable contract's), what it means,
 * how a referral evidences it and how it is judged at the end. For 2012–15 the "needs" are the three
 * national criteria and the council's local filters, each a Boolean variable of the referral
 * ({@link #referralVariable}); the later phases list need codes in {@code needs}.
 *
 * @param datasets the agency datasets that show this need (docs/agency-data.md), empty when none does
 */
public record Need(String code, Kind kind, String title, String definition, String evidence, String judgement,
                   List<String> datasets, String referralVariable) {

    public enum Kind {
        /** One of the three national criteria of 2012–15. */
        NATIONAL_CRITERION,
        /** A council's local filter of 2012–15. */
        LOCAL_FILTER,
        /** One of a later phase's headline problems or needs. */
        HEADLINE,
        /** A need a council added to a later phase by configuration. */
        LOCAL
    }

    static final Pattern CODE = Pattern.compile("^[A-Z][A-Z0-9_]{1,39}$");

    public Need {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("a need code must be capital letters, digits and _ (was " + code + ")");
        }
        if (kind == null) {
            throw new IllegalArgumentException("need " + code + " needs a kind");
        }
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("need " + code + " needs a title");
        }
        datasets = datasets == null ? List.of() : List.copyOf(datasets);
    }

    static Need headline(String code, String title, String definition, String evidence, String judgement,
                         String... datasets) {
        return new Need(code, Kind.HEADLINE, title, definition, evidence, judgement, List.of(datasets), null);
    }
}
