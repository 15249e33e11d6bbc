package org.strengtheningfamilies.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * The application on the production profile ({@code postgres}) against a real PostgreSQL (embedded,
 * one database for every class with this annotation), on a random port, with the demo users switched
 * back on and the job executor off. One Spring context for all of them: assert on your own families.
 *
 * <p>Its engine is named {@value #ENGINE}: the REST API is at {@code /engine-rest/engine/postgresTests/…}
 * ({@code new RestSession(port, ENGINE)} writes the paths so).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "camunda.bpm.process-engine-name=" + PostgresApplicationTest.ENGINE,
        // the process application registers under its name beside the "default" context's one
        "camunda.bpm.generate-unique-process-application-name=true",
        "camunda.bpm.job-execution.enabled=false",
        "camunda.bpm.webapp.enabled=false", // only @DemoCohortTest's context has the webapps
        "sf.demo.users=true",
        "sf.admin.user=council-admin", "sf.admin.password=a-Long-and-unguessable-1",
        "sf.imports.inbox=", "sf.imports.batch-size=4",
        "sf.matching.household-batch-size=2"})
@ActiveProfiles("postgres")
@ContextConfiguration(initializers = PostgresApplicationTest.Database.class)
public @interface PostgresApplicationTest {

    String ENGINE = "postgresTests";

    /** Points the postgres profile's SF_DB_* at the embedded server's database for these tests. */
    class Database implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            TestPropertyValues.of("SF_DB_URL=" + EmbeddedPostgresDatabase.jdbcUrl("application_tests"),
                    "SF_DB_USER=postgres", "SF_DB_PASSWORD=postgres").applyTo(context);
        }
    }
}
