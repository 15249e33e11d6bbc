package org.strengtheningfamilies.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;

/**
 * The whole application as {@code mvn spring-boot:run} starts it, on an in-memory H2, on a random port,
 * with the demo users, without the demo cohort and the job executor (tests run the jobs they need):
 * the property set of most application tests. Every class with exactly this annotation and nothing that
 * changes the configuration shares one Spring context, and so one engine and one database, so a test
 * leaves data behind for the next: give families references of your own and assert on them (or on
 * differences), not on totals. docs/testing.md says which set to use when.
 *
 * <p>Its engine is the one named "default", so the REST API answers at {@code /engine-rest/…}
 * without an engine name; the other property sets name their engines. No Cockpit or Tasklist here:
 * tests of the webapps use {@link DemoCohortTest}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:application-tests;DB_CLOSE_DELAY=-1",
        "camunda.bpm.process-engine-name=default",
        "camunda.bpm.job-execution.enabled=false",
        // the webapps' filters find their Spring context through a static field: one context per JVM
        // may have them, and that is @DemoCohortTest's (the browser and session tests)
        "camunda.bpm.webapp.enabled=false",
        "sf.demo.users=true", "sf.demo.cohort=false",
        "sf.imports.inbox=",
        // several chunks and progress updates even for the small files the tests import
        "sf.imports.batch-size=3", "sf.imports.progress-every=2",
        // several batches of the identification run even for a handful of households
        "sf.matching.household-batch-size=2", "sf.matching.match-batch-size=3"})
public @interface ApplicationTest {
}
