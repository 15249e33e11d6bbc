package org.strengtheningfamilies.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;

/**
 * The application with the demo cohort loaded at start (the report's figures), on an in-memory H2 and
 * a random port, job executor off: for tests of the figures the cohort reproduces (reports, the
 * dashboard). The cohort is loaded once for every class with this annotation. Leave the cohort's
 * figures as they are: a test that adds families dates them outside 2012–14 or removes them again.
 * The classes run in any order and find each other's families: one that needs a key worker at once
 * makes a place ({@link KeyWorkerPlaces}); one that reads every phase's report expects later phases too.
 *
 * <p>Its engine is named {@value #ENGINE}: the webapps are at {@code /camunda/app/cockpit/demoCohort/},
 * the REST API at {@code /engine-rest/engine/demoCohort/…}; the project's {@code /api/…} as everywhere.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:demo-cohort-tests;DB_CLOSE_DELAY=-1",
        "camunda.bpm.process-engine-name=" + DemoCohortTest.ENGINE,
        // the process application registers under its name beside the "default" context's one
        "camunda.bpm.generate-unique-process-application-name=true",
        "camunda.bpm.job-execution.enabled=false",
        "sf.demo.users=true", "sf.demo.cohort=true",
        "sf.imports.inbox=",
        // a partner's status callback that fails is retried at once, not minutes later
        "sf.partner-api.callback-retry-cycle=PT1S,PT1S"})
public @interface DemoCohortTest {

    String ENGINE = "demoCohort";
}
