package org.strengtheningfamilies.datamatching;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The normal form names and addresses are compared in: upper case, accents stripped, only A-Z (and
 * digits for addresses) separated by single spaces. The import writes name_key the same way, so
 * "Zoë  O'Neil" and "ZOE O NEIL" compare equal.
 */
final class Names {

    private Names() {
    }

    public static String nameKey(String name) {
        return normalise(name, false);
    }

    /** Addresses keep their digits: "12 Lakes Lane" and "14 Lakes Lane" are different homes. */
    public static String addressKey(String address) {
        return normalise(address, true);
    }

    public static String postcode(String postcode) {
        if (postcode == null) {
            return null;
        }
        String compact = postcode.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
        return compact.isEmpty() ? null : compact;
    }

    private static String normalise(String text, boolean digits) {
        if (text == null) {
            return "";
        }
        String stripped = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String upper = stripped.toUpperCase(Locale.ROOT);
        String kept = upper.replaceAll(digits ? "[^A-Z0-9]+" : "[^A-Z]+", " ");
        return kept.trim();
    }
}
