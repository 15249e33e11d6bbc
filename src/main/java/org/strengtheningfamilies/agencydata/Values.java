package org.strengtheningfamilies.agencydata;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** How the text of one CSV value becomes a stored value; each refusal says what was expected. */
final class Values {

    private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    private static final LocalDate LATEST = LocalDate.of(2099, 12, 31);
    private static final Pattern UPRN = Pattern.compile("\\d{1,12}");
    // the shapes of a UK postcode once spaces are removed (e.g. MK65LA, MK36AB, SW1A1AA)
    private static final Pattern POSTCODE = Pattern.compile("[A-Z]{1,2}\\d[A-Z\\d]?\\d[A-Z]{2}");
    private static final Pattern POUNDS = Pattern.compile("£?(\\d{1,12})(?:\\.(\\d{1,2}))?");

    private Values() {
    }

    /**
     * Free text (names, addresses, record ids). A value a spreadsheet would run as a formula when the
     * data team opens an export is refused: it starts with {@code = + @}, or with {@code -} followed by
     * something that is not a word (a name never starts so), or with a tab or carriage return.
     */
    static String text(String raw, int maxLength) {
        if (raw.length() > maxLength) {
            throw new FieldProblem("is longer than " + maxLength + " characters");
        }
        char first = raw.charAt(0);
        if (first == '=' || first == '+' || first == '@' || first == '\t' || first == '\r'
                || first == '-' && looksLikeFormula(raw.substring(1))) {
            throw new FieldProblem("starts with '" + printable(first) + "': possible spreadsheet formula injection");
        }
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (Character.isISOControl(c) && c != '\n') {
                throw new FieldProblem("contains the control character U+" + String.format("%04X", (int) c));
            }
        }
        return raw;
    }

    private static boolean looksLikeFormula(String rest) {
        if (rest.isEmpty()) {
            return true;
        }
        char c = rest.charAt(0);
        return !Character.isLetter(c) || rest.indexOf('(') >= 0 || rest.indexOf('!') >= 0;
    }

    private static String printable(char c) {
        return c == '\t' ? "\\t" : c == '\r' ? "\\r" : String.valueOf(c);
    }

    static String code(String raw, Set<String> codes) {
        String code = raw.toUpperCase(Locale.ROOT);
        if (!codes.contains(code)) {
            throw new FieldProblem("unknown code '" + clip(raw) + "' (expected one of " + String.join(", ", sorted(codes)) + ")");
        }
        return code;
    }

    static LocalDate date(String raw) {
        LocalDate date;
        // by hand rather than with a DateTimeFormatter: three dates a row, millions of rows
        int year;
        int month;
        int day;
        if (raw.length() == 10 && raw.charAt(4) == '-' && raw.charAt(7) == '-') {
            year = digits(raw, 0, 4);
            month = digits(raw, 5, 7);
            day = digits(raw, 8, 10);
        } else if (raw.length() == 10 && raw.charAt(2) == '/' && raw.charAt(5) == '/') {
            day = digits(raw, 0, 2);
            month = digits(raw, 3, 5);
            year = digits(raw, 6, 10);
        } else {
            year = -1;
            month = -1;
            day = -1;
        }
        if (year < 0 || month < 0 || day < 0) {
            throw new FieldProblem("'" + clip(raw) + "' is not a date (expected yyyy-MM-dd, or dd/MM/yyyy)");
        }
        try {
            date = LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            throw new FieldProblem("'" + clip(raw) + "' is not a calendar date");
        }
        if (date.isBefore(EARLIEST) || date.isAfter(LATEST)) {
            throw new FieldProblem(raw + " is outside 1900-01-01 to 2099-12-31");
        }
        return date;
    }

    /** The number the characters from..to spell in decimal digits, or -1 when one is not a digit. */
    private static int digits(String raw, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = raw.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    static Integer count(String raw, int min, int max) {
        int value = raw.length() <= 9 ? digits(raw, 0, raw.length()) : -1;
        if (value < 0) {
            throw new FieldProblem("'" + clip(raw) + "' is not a whole number");
        }
        if (value < min || value > max) {
            throw new FieldProblem(value + " is outside " + min + " to " + max);
        }
        return value;
    }

    static Boolean flag(String raw) {
        return switch (raw.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "y", "1" -> Boolean.TRUE;
            case "false", "no", "n", "0" -> Boolean.FALSE;
            default -> throw new FieldProblem("'" + clip(raw) + "' is not a flag (expected true or false)");
        };
    }

    /** Pounds as written in a rent account ("412.50", "£1280.75") to exact pence. */
    static Long pence(String raw) {
        var matcher = POUNDS.matcher(raw.replace(",", ""));
        if (!matcher.matches()) {
            throw new FieldProblem("'" + clip(raw) + "' is not an amount in pounds (e.g. 412.50)");
        }
        return new BigDecimal(matcher.group(1) + (matcher.group(2) != null ? "." + matcher.group(2) : ""))
                .movePointRight(2).longValueExact();
    }

    static String gender(String raw) {
        return switch (raw.toUpperCase(Locale.ROOT)) {
            case "MALE", "M" -> "MALE";
            case "FEMALE", "F" -> "FEMALE";
            default -> throw new FieldProblem("unknown code '" + clip(raw) + "' (expected MALE or FEMALE, or empty)");
        };
    }

    static String uprn(String raw) {
        if (!UPRN.matcher(raw).matches()) {
            throw new FieldProblem("'" + clip(raw) + "' is not a UPRN (1 to 12 digits)");
        }
        return raw;
    }

    static String postcode(String raw) {
        String postcode = raw.replace(" ", "").toUpperCase(Locale.ROOT);
        if (!POSTCODE.matcher(postcode).matches()) {
            throw new FieldProblem("'" + clip(raw) + "' is not a UK postcode");
        }
        return postcode;
    }

    /** Enough of a bad value to recognise it, never a whole line of it. */
    static String clip(String raw) {
        return raw.length() <= 40 ? raw : raw.substring(0, 37) + "...";
    }

    private static java.util.List<String> sorted(Set<String> codes) {
        return codes.stream().sorted().toList();
    }
}
