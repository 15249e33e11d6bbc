package org.strengtheningfamilies.datamatching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** What makes two records the same home, and how names and addresses are compared. */
class HouseholdKeyTest {

    static PersonRecord record(String uprn, String postcode, String address) {
        return new PersonRecord("sf_data_police", 7, "Jo Smith", "JO SMITH", LocalDate.of(1980, 1, 1), null, uprn,
                postcode, address);
    }

    @Test
    void aUprnIsTheHome() {
        assertThat(MatchingRepository.householdKey(record("25000101234", "MK36AB", "14 Windermere Drive")))
                .isEqualTo(MatchingRepository.householdKey(record("25000101234", "MK93XX", "elsewhere")));
    }

    @Test
    void withoutAUprnTheNormalisedAddressAtThePostcode() {
        assertThat(MatchingRepository.householdKey(record(null, "MK36AB", "14 Windermere Drive, Bletchley")))
                .isEqualTo(MatchingRepository.householdKey(record(null, "MK36AB", "14  WINDERMERE drive bletchley")))
                .isNotEqualTo(MatchingRepository.householdKey(record(null, "MK36AB", "16 Windermere Drive, Bletchley")));
    }

    @Test
    void withNeitherTheRecordIsAHomeOfItsOwn() {
        assertThat(MatchingRepository.householdKey(record(null, null, null))).isEqualTo("R:sf_data_police:7");
        assertThat(MatchingRepository.householdKey(record(null, "MK36AB", " "))).isEqualTo("R:sf_data_police:7");
    }

    @Test
    void namesLoseCaseAccentsAndPunctuationAddressesKeepTheirNumbers() {
        assertThat(Names.nameKey("  Zoë  O'Neil-Brown ")).isEqualTo("ZOE O NEIL BROWN");
        assertThat(Names.addressKey("Flat 2, 14 Windermere Dr.")).isEqualTo("FLAT 2 14 WINDERMERE DR");
        assertThat(Names.postcode(" mk3 6ab ")).isEqualTo("MK36AB");
        assertThat(Names.postcode("  ")).isNull();
    }
}
