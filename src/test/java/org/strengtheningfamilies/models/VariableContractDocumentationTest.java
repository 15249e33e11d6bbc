package org.strengtheningfamilies.models;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.strengtheningfamilies.familycase.FamilyCaseVariables;

/** docs/variables.md and FamilyCaseVariables tell the same story: no variable undocumented, none invented. */
class VariableContractDocumentationTest {

    @Test
    void everyDeclaredVariableIsDocumentedAndEveryDocumentedOneDeclared() throws IOException {
        String doc = Files.readString(Path.of("docs/variables.md"));
        // the family-case contract is the page up to the first second-level heading; sections of other
        // processes follow it (e.g. "## pbr-claim-window"), checked by those processes' own tests
        int otherProcesses = doc.indexOf("\n## ");
        if (otherProcesses >= 0) {
            doc = doc.substring(0, otherProcesses);
        }
        Set<String> documented = new LinkedHashSet<>();
        for (String line : doc.lines().filter(l -> l.startsWith("| ")).toList()) {
            String[] cells = line.split("\\|");
            if (cells.length > 2) {
                Matcher names = Pattern.compile("`([a-zA-Z]+)`").matcher(cells[2]);
                while (names.find()) {
                    documented.add(names.group(1));
                }
            }
        }
        assertThat(documented).containsExactlyInAnyOrderElementsOf(FamilyCaseVariables.names());
    }
}
