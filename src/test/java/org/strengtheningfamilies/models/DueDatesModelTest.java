package org.strengtheningfamilies.models;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.io.ClassPathResource;

/**
 * Every user task of every model in processes/ carries its due date (and, where it has one, its
 * follow-up date) from the {@code deadlines} bean, naming a service level that application.yaml
 * configures; and its name is plain text, so an e-mail naming the task never carries case data.
 */
class DueDatesModelTest {

    private static final Pattern DUE = Pattern.compile("^\\$\\{deadlines\\.due\\('([a-z-]+)'\\)}$");
    private static final Pattern DUE_BY = Pattern.compile("^\\$\\{deadlines\\.dueBy\\(\\w+\\)}$");
    private static final Pattern FOLLOW_UP = Pattern.compile("^\\$\\{deadlines\\.followUp\\('([a-z-]+)'\\)}$");

    @Test
    void everyUserTaskIsDueByAServiceLevelOfTheConfiguration() throws IOException {
        Set<String> configured = configuredLevels();
        assertThat(configured).contains("panel-decision", "consent", "taf-meeting", "family-plan", "monthly-review", "audit");
        List<String> problems = new ArrayList<>();
        int tasks = 0;
        try (Stream<Path> models = Files.list(Path.of("processes"))) {
            for (Path model : models.filter(f -> f.toString().endsWith(".bpmn")).sorted().toList()) {
                for (UserTask task : Bpmn.readModelFromFile(model.toFile()).getModelElementsByType(UserTask.class)) {
                    tasks++;
                    String where = model.getFileName() + " " + task.getId();
                    String due = task.getCamundaDueDate();
                    Matcher level = due == null ? null : DUE.matcher(due);
                    if (due == null) {
                        problems.add(where + " has no due date");
                    } else if (level.matches()) {
                        if (!configured.contains(level.group(1))) {
                            problems.add(where + " names service level " + level.group(1) + ", which sf.deadlines lacks");
                        }
                        String followUp = task.getCamundaFollowUpDate();
                        Matcher sameLevel = followUp == null ? null : FOLLOW_UP.matcher(followUp);
                        if (followUp != null && !(sameLevel.matches() && sameLevel.group(1).equals(level.group(1)))) {
                            problems.add(where + " has follow-up date " + followUp + ", not its service level's");
                        }
                    } else if (!DUE_BY.matcher(due).matches()) {
                        problems.add(where + " has due date " + due + ", not one of the deadlines bean's");
                    }
                    if (task.getName() == null || task.getName().contains("${") || task.getName().contains("#{")) {
                        problems.add(where + " has no plain name (e-mails name the task): " + task.getName());
                    }
                }
            }
        }
        assertThat(tasks).isGreaterThanOrEqualTo(15);
        assertThat(problems).isEmpty();
    }

    static Set<String> configuredLevels() throws IOException {
        Set<String> levels = new TreeSet<>();
        Pattern key = Pattern.compile("^sf\\.deadlines\\.([a-z-]+)\\.due$");
        for (var source : new YamlPropertySourceLoader().load("application", new ClassPathResource("application.yaml"))) {
            for (String name : ((EnumerablePropertySource<?>) source).getPropertyNames()) {
                Matcher m = key.matcher(name);
                if (m.matches()) {
                    levels.add(m.group(1));
                }
            }
        }
        return levels;
    }
}
