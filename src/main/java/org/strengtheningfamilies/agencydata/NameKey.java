package org.strengtheningfamilies.agencydata;

import java.text.Normalizer;

/**
 * A person's name as matching compares it: upper case, accents stripped, only A to Z and single
 * spaces. Agencies spell the same person "Chloë O'Brien", "CHLOE OBRIEN" and "Chloe  O'brien"; all
 * become {@code CHLOE OBRIEN}. Apostrophes and full stops join (O'Brien, St. John), other
 * punctuation such as hyphens separates (Smith-Jones → SMITH JONES).
 */
public final class NameKey {

    private NameKey() {
    }

    public static String of(String name) {
        if (name == null) {
            return "";
        }
        // most names are plain ASCII; decomposing them would change nothing and costs a copy
        String decomposed = isAscii(name) ? name : Normalizer.normalize(name, Normalizer.Form.NFKD);
        StringBuilder key = new StringBuilder(decomposed.length());
        boolean space = true; // no leading space
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z') {
                key.append((char) (c & ~0x20));
                space = false;
                continue;
            }
            String letters = letters(c);
            if (letters != null) {
                key.append(letters);
                space = false;
            } else if (c == '\'' || c == '\u2019' || c == '\u2018' || c == '.' || c == '`'
                    || Character.getType(c) == Character.NON_SPACING_MARK
                    || Character.getType(c) == Character.COMBINING_SPACING_MARK
                    || Character.getType(c) == Character.ENCLOSING_MARK) {
                // joins: O'Brien is OBRIEN; accents were split off by the decomposition
                continue;
            } else if (!space) {
                key.append(' ');
                space = true;
            }
        }
        int end = key.length();
        if (end > 0 && key.charAt(end - 1) == ' ') {
            key.setLength(end - 1);
        }
        return key.toString();
    }

    private static boolean isAscii(String name) {
        for (int i = 0; i < name.length(); i++) {
            if (name.charAt(i) > 127) {
                return false;
            }
        }
        return true;
    }

    /** The A-Z letters a character stands for, or null when it is not a letter we can spell. */
    private static String letters(char c) {
        if (c >= 'a' && c <= 'z') {
            return String.valueOf((char) (c - 32));
        }
        if (c >= 'A' && c <= 'Z') {
            return String.valueOf(c);
        }
        // letters without a decomposition into a Latin letter and an accent
        return switch (c) {
            case 'ß' -> "SS";
            case 'æ', 'Æ' -> "AE";
            case 'œ', 'Œ' -> "OE";
            case 'ø', 'Ø' -> "O";
            case 'ł', 'Ł' -> "L";
            case 'đ', 'Đ', 'ð', 'Ð' -> "D";
            case 'þ', 'Þ' -> "TH";
            case 'ı' -> "I";
            default -> null;
        };
    }
}
