package org.strengtheningfamilies.datamatching;

import java.util.List;

/**
 * The dataset tables (V4_1, owned by the import) that carry the contract's person columns. Only these
 * names are ever put into SQL, so a table name never comes from input.
 */
final class Datasets {

    public static final String SCHOOL = "sf_data_school";
    public static final String POLICE = "sf_data_police";
    public static final String DWP = "sf_data_dwp";
    public static final String HOUSING = "sf_data_housing";
    public static final String SUBSTANCE = "sf_data_substance";
    public static final String SOCIAL_CARE = "sf_data_social_care";

    public static final List<String> TABLES = List.of(SCHOOL, POLICE, DWP, HOUSING, SUBSTANCE, SOCIAL_CARE);

    private Datasets() {
    }

    public static String require(String table) {
        if (!TABLES.contains(table)) {
            throw new IllegalArgumentException("unknown dataset table " + table + "; known: " + TABLES);
        }
        return table;
    }
}
