package org.strengtheningfamilies.architecture;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The project's packages form layers without cycles (docs/architecture.md): the kernel imports nothing
 * of the project, features import the kernel and lower features, the process packages sit on top.
 * Checked twice: on the compiled classes (every use of a class, written out in full or imported), and
 * on the sources' references, which also see the constants the compiler copies into the classes that
 * use them (a task id, a process key).
 */
class PackageCyclesTest {

    static final String ROOT = "org.strengtheningfamilies";

    @Test
    void theCompiledClassesOfNoTwoPackagesDependOnEachOther() {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(ROOT);
        slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void theSourcesOfNoTwoPackagesReferToEachOther() throws IOException {
        Map<String, Set<String>> uses = new TreeMap<>();
        Path sources = Path.of("src/main/java", ROOT.split("\\."));
        Pattern reference = Pattern.compile("\\b" + Pattern.quote(ROOT) + "\\.([a-z]\\w*)\\.[A-Z]");
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Path relative = sources.relativize(file);
                if (relative.getNameCount() < 2) {
                    continue; // the application class itself
                }
                String from = relative.getName(0).toString();
                Matcher matcher = reference.matcher(Files.readString(file));
                while (matcher.find()) {
                    if (!matcher.group(1).equals(from)) {
                        uses.computeIfAbsent(from, p -> new TreeSet<>()).add(matcher.group(1));
                    }
                }
            }
        }
        assertThat(cycles(uses)).as("package cycles (each as the path back to where it starts)").isEmpty();
    }

    /** One cycle through each package that is on one: the shortest way back to it. */
    static List<List<String>> cycles(Map<String, Set<String>> uses) {
        List<List<String>> cycles = new ArrayList<>();
        for (String start : uses.keySet()) {
            List<String> path = shortestPath(uses, start);
            if (path != null) {
                cycles.add(path);
            }
        }
        return cycles;
    }

    private static List<String> shortestPath(Map<String, Set<String>> uses, String start) {
        Map<String, String> cameFrom = new TreeMap<>();
        List<String> frontier = new ArrayList<>(List.of(start));
        while (!frontier.isEmpty()) {
            List<String> next = new ArrayList<>();
            for (String p : frontier) {
                for (String q : uses.getOrDefault(p, Set.of())) {
                    if (q.equals(start)) {
                        List<String> path = new ArrayList<>(List.of(start));
                        for (String at = p; !at.equals(start); at = cameFrom.get(at)) {
                            path.add(1, at);
                        }
                        path.add(start);
                        return path;
                    }
                    if (!cameFrom.containsKey(q)) {
                        cameFrom.put(q, p);
                        next.add(q);
                    }
                }
            }
            frontier = next;
        }
        return null;
    }
}
