package org.strengtheningfamilies.panel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LeadServiceTest {

    @ParameterizedTest(name = "{0}: level 1 {1}, 2 {2}, 3 {3}, 4 {4}, 5 {5}")
    @CsvSource({
            "CFP, false, true,  true,  true,  false",
            "CSC, false, false, false, true,  false",
            "YOT, false, true,  true,  true,  false",
            "NEP, false, true,  false, false, false",
            "FIP, false, true,  true,  true,  false",
            "NFA, false, true,  true,  true,  false"})
    void takesTheLevelsOfNeedOfTheWindscreen(LeadService service, boolean one, boolean two, boolean three,
                                             boolean four, boolean five) {
        assertThat(service.fitsLevel(1)).isEqualTo(one);
        assertThat(service.fitsLevel(2)).isEqualTo(two);
        assertThat(service.fitsLevel(3)).isEqualTo(three);
        assertThat(service.fitsLevel(4)).isEqualTo(four);
        assertThat(service.fitsLevel(5)).isEqualTo(five);
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '|', value = {
            "CFP | Children and Family Practices",
            "CSC | Children's Social Care",
            "YOT | Youth Offending Team",
            "NEP | Neighbourhood Employment Programme",
            "FIP | Family Intervention Project",
            "NFA | No further action required"})
    void displayNames(LeadService service, String displayName) {
        assertThat(service.displayName()).isEqualTo(displayName);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"CFP, team-cfp", "CSC, team-csc", "YOT, team-yot", "NEP, team-nep", "FIP, team-fip"})
    void everyWorkingServiceHasATeam(LeadService service, String group) {
        assertThat(service.teamGroup()).isEqualTo(group);
    }

    @Test
    void noFurtherActionHasNoTeam() {
        assertThatThrownBy(LeadService.NFA::teamGroup).isInstanceOf(IllegalStateException.class);
    }
}
