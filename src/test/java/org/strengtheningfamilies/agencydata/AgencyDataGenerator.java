package org.strengtheningfamilies.agencydata;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Synthetic agency files of realistic shape (tests and benchmarks only): households at addresses in
 * Milton Keynes, adults and school-age children, and their rows in the six datasets, with the
 * spelling differences real extracts have (accents lost, "O'Brien" as "OBrien", "Mc Donald",
 * typing slips). Deterministic: the same seed and size give the same files, byte for byte, and a
 * household's members are the same whichever dataset is written.
 */
public final class AgencyDataGenerator {

    static final String[] FIRST_FEMALE = {"Karen", "Lisa", "Chloë", "Sophie", "Emily", "Jessica", "Shahida", "Zofia",
            "Amelia", "Olivia", "Ruby", "Grace", "Aaliyah", "Niamh", "Leah", "Megan", "Chantelle", "Siobhan", "Renée",
            "Demi", "Kayleigh", "Hannah", "Fatima", "Agnieszka", "Precious"};
    static final String[] FIRST_MALE = {"Jayden", "Connor", "Darren", "Mohammed", "Piotr", "Jamie", "Liam", "Tyler",
            "Kyle", "Callum", "Reece", "Ryan", "Dean", "Wayne", "Kofi", "Oliver", "Harry", "Joshua", "Bartosz", "Aaron",
            "Stephen", "Philip", "Zoltán", "Dylan", "Kieran"};
    static final String[] SURNAMES = {"Smith", "O'Brien", "Begum", "Rahman", "Kowalski", "McDonald", "Jones", "Williams",
            "Taylor", "Brown", "Davies", "Evans", "Wilson", "Thomas", "Johnson", "Roberts", "Walker", "Wright",
            "Robinson", "Thompson", "White", "Hughes", "Edwards", "Green", "Hall", "Wood", "Harris", "Lewis", "Martin",
            "Jackson", "Clarke", "Clark", "Turner", "Hill", "Scott", "Cooper", "Morris", "Ward", "Moore", "King",
            "Watson", "Baker", "Harrison", "Morgan", "Patel", "Young", "Allen", "Mitchell", "Nowak", "Okafor"};
    static final String[] STREETS = {"Windermere Drive", "Marlborough Gate", "Mullion Place", "Harcourt", "Tower Crescent",
            "Saxon Street", "Bletcham Way", "Serpentine Court", "Coniston Way", "Kents Hill Road", "Fishermead Boulevard",
            "Penryn Avenue", "Truro Place", "Chapter House", "Melrose Avenue", "Lennon Drive", "Manifold Lane"};
    static final String[][] DISTRICTS = {{"Lakes Estate", "MK2"}, {"Netherfield", "MK6"}, {"Bletchley", "MK3"},
            {"Fishermead", "MK6"}, {"Beanhill", "MK6"}, {"Coffee Hall", "MK6"}, {"Tinkers Bridge", "MK6"},
            {"Woughton", "MK6"}, {"Stantonbury", "MK14"}, {"Wolverton", "MK12"}};
    static final String[] TERMS = {"2010-AUTUMN", "2011-SPRING", "2011-SUMMER", "2011-AUTUMN", "2012-SPRING",
            "2012-SUMMER", "2012-AUTUMN", "2013-SPRING", "2013-SUMMER"};
    static final String SCHOOL_HEADER = "record_id,period,full_name,date_of_birth,gender,uprn,postcode,address,"
            + "term_start,term_end,school_year,possible_sessions,unauthorised_absence_sessions,fixed_exclusions,"
            + "permanently_excluded,alternative_provision,on_roll,sen,free_school_meals,ethnicity";
    static final String[] ETHNICITIES = {"A1", "A1", "A1", "A1", "A1", "A1", "A1", "A3", "B1", "C2", "C3", "D2", "D3", "E4"};
    static final String[] SEN = {"NONE", "NONE", "NONE", "SCHOOL_ACTION", "SCHOOL_ACTION_PLUS", "STATEMENT"};

    private final long seed;

    public AgencyDataGenerator(long seed) {
        this.seed = seed;
    }

    /** One person as the agencies know them. */
    public record Member(String id, String firstName, String surname, LocalDate dateOfBirth, String gender, boolean child) {

        String fullName() {
            return firstName + " " + surname;
        }
    }

    /** People at one address. */
    public record Household(int number, String uprn, String postcode, String address, List<Member> members) {
    }

    /** Household {@code number}: always the same people for the same seed. */
    public Household household(int number) {
        Random random = new Random(seed * 1_000_003L + number);
        String[] district = DISTRICTS[random.nextInt(DISTRICTS.length)];
        String postcode = district[1] + " " + (1 + random.nextInt(9)) + (char) ('A' + random.nextInt(26))
                + (char) ('A' + random.nextInt(26));
        String address = (1 + random.nextInt(120)) + " " + STREETS[random.nextInt(STREETS.length)] + ", " + district[0]
                + ", Milton Keynes";
        String uprn = String.valueOf(25_000_000_000L + number);
        String surname = SURNAMES[random.nextInt(SURNAMES.length)];
        List<Member> members = new ArrayList<>();
        int adults = 1 + (random.nextInt(10) < 4 ? 1 : 0);
        for (int a = 0; a < adults; a++) {
            boolean female = a == 0 ? random.nextInt(10) < 8 : random.nextBoolean();
            members.add(member(number, members.size(), random, female, surname,
                    LocalDate.of(1965, 1, 1).plusDays(random.nextInt(365 * 25)), false));
        }
        int children = 1 + random.nextInt(4);
        for (int c = 0; c < children; c++) {
            boolean female = random.nextBoolean();
            // of school age (4 to 17) at some time in 2010-2013
            members.add(member(number, members.size(), random, female, surname,
                    LocalDate.of(1994, 9, 1).plusDays(random.nextInt(365 * 13)), true));
        }
        return new Household(number, uprn, postcode, address, members);
    }

    private static Member member(int household, int index, Random random, boolean female, String surname,
                                 LocalDate born, boolean child) {
        String first = female ? FIRST_FEMALE[random.nextInt(FIRST_FEMALE.length)] : FIRST_MALE[random.nextInt(FIRST_MALE.length)];
        return new Member("H" + household + "-" + index, first, surname, born, female ? "FEMALE" : "MALE", child);
    }

    /** The name as one agency typed it: mostly as it is, sometimes spelt differently. */
    static String spelling(String name, Random random) {
        int roll = random.nextInt(100);
        if (roll < 80) {
            return name;
        }
        if (roll < 88) {
            return java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                    .replace("'", "").replace("Mc", "Mc ");
        }
        if (roll < 94) {
            return name.toUpperCase(java.util.Locale.ROOT);
        }
        // a typing slip: two neighbouring letters of the first name swapped
        int space = name.indexOf(' ');
        if (space < 3) {
            return name;
        }
        int at = 1 + random.nextInt(space - 2);
        char[] chars = name.toCharArray();
        char swap = chars[at];
        chars[at] = chars[at + 1];
        chars[at + 1] = swap;
        return new String(chars);
    }

    /**
     * Writes pupil-term rows for households 0, 1, 2... until {@code rows} rows are written, streaming
     * (nothing is kept). Returns the number of households used.
     */
    public int writeSchools(Writer out, long rows) throws IOException {
        out.write(SCHOOL_HEADER);
        out.write('\n');
        long written = 0;
        int number = 0;
        StringBuilder line = new StringBuilder(256);
        while (written < rows) {
            Household household = household(number++);
            Random random = new Random(seed * 7_919L + household.number());
            for (Member member : household.members()) {
                if (!member.child()) {
                    continue;
                }
                String upn = "K" + (825_200_000_000L + household.number() * 10L + member.id().charAt(member.id().length() - 1) - '0');
                String name = spelling(member.fullName(), random);
                String sen = SEN[random.nextInt(SEN.length)];
                String ethnicity = ETHNICITIES[random.nextInt(ETHNICITIES.length)];
                boolean meals = random.nextInt(100) < 54;
                int risk = random.nextInt(100); // a few pupils are away or excluded much more than others
                for (String term : TERMS) {
                    if (written == rows) {
                        break;
                    }
                    int year = Integer.parseInt(term.substring(0, 4));
                    LocalDate start = term.endsWith("AUTUMN") ? LocalDate.of(year, 9, 4)
                            : term.endsWith("SPRING") ? LocalDate.of(year, 1, 7) : LocalDate.of(year, 4, 15);
                    LocalDate end = term.endsWith("AUTUMN") ? LocalDate.of(year, 12, 20)
                            : term.endsWith("SPRING") ? LocalDate.of(year, 3, 28) : LocalDate.of(year, 7, 23);
                    int academicYear = term.endsWith("AUTUMN") ? year : year - 1;
                    int schoolYear = academicYear - member.dateOfBirth().getYear() - (member.dateOfBirth().getMonthValue() >= 9 ? 1 : 0) - 4;
                    if (schoolYear < 1 || schoolYear > 13) {
                        continue;
                    }
                    int possible = term.endsWith("SPRING") ? 118 : term.endsWith("AUTUMN") ? 140 : 136;
                    int absence = risk < 10 ? random.nextInt(possible / 2) : random.nextInt(possible / 12 + 1);
                    int exclusions = risk < 5 ? random.nextInt(4) : 0;
                    boolean permanent = risk < 1 && random.nextInt(4) == 0;
                    line.setLength(0);
                    line.append(upn).append(',').append(term).append(',').append(csv(name)).append(',')
                            .append(member.dateOfBirth()).append(',').append(member.gender()).append(',')
                            .append(random.nextInt(10) < 9 ? household.uprn() : "").append(',')
                            .append(household.postcode()).append(',').append(csv(household.address())).append(',')
                            .append(start).append(',').append(end).append(',').append(schoolYear).append(',')
                            .append(possible).append(',').append(absence).append(',').append(exclusions).append(',')
                            .append(permanent).append(',').append(risk < 3).append(',').append(!(risk < 2 && permanent))
                            .append(',').append(sen).append(',').append(meals).append(',').append(ethnicity).append('\n');
                    out.append(line);
                    written++;
                }
            }
        }
        return number;
    }

    /** Writes the six datasets for households 0 to {@code households - 1} into {@code folder}, one file each. */
    public void writeAll(Path folder, int households) throws IOException {
        Files.createDirectories(folder);
        try (Writer police = writer(folder, "police");
             Writer dwp = writer(folder, "dwp"); Writer housing = writer(folder, "housing");
             Writer substance = writer(folder, "substance-misuse"); Writer socialCare = writer(folder, "social-care")) {
            police.write("source,record_id,full_name,date_of_birth,gender,uprn,postcode,address,event_type,event_date,age_at_event,domestic_abuse\n");
            dwp.write("record_id,full_name,date_of_birth,gender,uprn,postcode,address,spell_type,start_date,end_date\n");
            housing.write("record_id,period,full_name,date_of_birth,gender,uprn,postcode,address,rent_arrears,eviction_risk,housing_asb_intervention,intervention_date\n");
            substance.write("record_id,full_name,date_of_birth,gender,uprn,postcode,address,substance,start_date,end_date\n");
            socialCare.write("record_id,full_name,date_of_birth,gender,uprn,postcode,address,status,start_date,end_date\n");
            for (int number = 0; number < households; number++) {
                Household household = household(number);
                Random random = new Random(seed * 104_729L + number);
                for (Member member : household.members()) {
                    String person = csv(spelling(member.fullName(), random)) + "," + member.dateOfBirth() + "," + member.gender()
                            + "," + (random.nextBoolean() ? household.uprn() : "") + "," + household.postcode() + ","
                            + csv(household.address());
                    if (member.child() && random.nextInt(10) < 2) {
                        LocalDate event = LocalDate.of(2012, 5, 1).plusDays(random.nextInt(360));
                        if (event.isAfter(member.dateOfBirth().plusYears(10))) {
                            police.write("YOT,YOT-" + member.id() + "-1," + person + ",OFFENCE," + event + ",,false\n");
                        }
                    }
                    if (!member.child()) {
                        if (random.nextInt(10) < 3) {
                            LocalDate event = LocalDate.of(2012, 5, 1).plusDays(random.nextInt(360));
                            police.write("POLICE,TVP-" + member.id() + "-1," + person + ",CALLOUT," + event + ",,"
                                    + random.nextBoolean() + "\n");
                        }
                        if (random.nextInt(10) < 1) {
                            LocalDate event = LocalDate.of(2012, 5, 1).plusDays(random.nextInt(360));
                            police.write("POLICE,TVP-" + member.id() + "-2," + person + ",ASB_ORDER," + event + ",,false\n");
                        }
                        if (random.nextInt(10) < 6) {
                            LocalDate start = LocalDate.of(2009, 1, 1).plusDays(random.nextInt(1400));
                            dwp.write("DWP-" + member.id() + "," + person + ",OUT_OF_WORK_BENEFIT," + start + ",\n");
                        }
                        if (random.nextInt(10) < 1) {
                            LocalDate start = LocalDate.of(2011, 1, 1).plusDays(random.nextInt(700));
                            substance.write("SMS-" + member.id() + "," + person + ","
                                    + (random.nextBoolean() ? "ALCOHOL" : "DRUGS") + "," + start + ",\n");
                        }
                        if (member.id().endsWith("-0")) {
                            for (String month : List.of("2012-10", "2012-11", "2012-12")) {
                                int arrears = random.nextInt(10) < 3 ? random.nextInt(150_000) : 0;
                                housing.write("MKC-T-" + household.number() + "," + month + "," + person + ","
                                        + arrears / 100 + "." + String.format("%02d", arrears % 100) + ","
                                        + (arrears > 100_000) + ",false,\n");
                            }
                        }
                    } else if (random.nextInt(10) < 1) {
                        LocalDate start = LocalDate.of(2011, 1, 1).plusDays(random.nextInt(700));
                        socialCare.write("CSC-" + member.id() + "," + person + ",CHILD_IN_NEED," + start + ",\n");
                    }
                }
            }
        }
        try (Writer schools = writer(folder, "schools")) {
            writeSchools(schools, schoolRowsFor(households));
        }
    }

    /** Pupil-term rows households 0..n-1 produce (writeSchools stops at a row count, not a household). */
    private long schoolRowsFor(int households) {
        long rows = 0;
        for (int number = 0; number < households; number++) {
            for (Member member : household(number).members()) {
                if (member.child()) {
                    for (String term : TERMS) {
                        int year = Integer.parseInt(term.substring(0, 4));
                        int academicYear = term.endsWith("AUTUMN") ? year : year - 1;
                        int schoolYear = academicYear - member.dateOfBirth().getYear()
                                - (member.dateOfBirth().getMonthValue() >= 9 ? 1 : 0) - 4;
                        if (schoolYear >= 1 && schoolYear <= 13) {
                            rows++;
                        }
                    }
                }
            }
        }
        return rows;
    }

    private static Writer writer(Path folder, String dataset) throws IOException {
        return new BufferedWriter(Files.newBufferedWriter(folder.resolve(dataset + ".csv"), StandardCharsets.UTF_8), 1 << 16);
    }

    private static String csv(String value) {
        return value.indexOf(',') >= 0 || value.indexOf('"') >= 0 ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }
}
