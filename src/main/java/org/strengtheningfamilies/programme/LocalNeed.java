package org.strengtheningfamilies.programme;

/**
 * A need a council adds to a later phase (configuration {@code sf.phases.<phase>.local-needs[n].*}); the
 * referral form of the phase gets its checkbox option and evidence field from the process designer.
 */
public record LocalNeed(String code, String title, String definition, String evidence, String judgement) {

    Need toNeed() {
        return new Need(code, Need.Kind.LOCAL, title, definition, evidence, judgement, java.util.List.of(), null);
    }
}
