package org.strengtheningfamilies.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.strengtheningfamilies.StrengtheningFamiliesApplication;

/**
 * Outside the embedded demo: no demo users or passwords, the administrator from the environment,
 * and no start at all without one.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:production;DB_CLOSE_DELAY=-1",
        "camunda.bpm.process-engine-name=" + ProductionProfileTest.ENGINE,
        "camunda.bpm.webapp.enabled=false", // only @DemoCohortTest's context has the webapps
        // the process application registers under its name beside the "default" context's one
        "camunda.bpm.generate-unique-process-application-name=true",
        "camunda.bpm.job-execution.enabled=false",
        "sf.demo.users=false", "sf.admin.user=council-admin", "sf.admin.password=a-Long-and-unguessable-1"})
class ProductionProfileTest {

    static final String ENGINE = "productionProfile";

    @Autowired IdentityService identity;
    @Autowired TestRestTemplate rest;

    @Test
    void onlyTheConfiguredAdministratorExistsAndNoDemoUser() {
        assertThat(identity.createUserQuery().list()).extracting("id").containsExactly("council-admin");
        assertThat(identity.createUserQuery().userId("council-admin").memberOfGroup("camunda-admin").count()).isEqualTo(1);
        assertThat(rest.withBasicAuth("demo", "demo").getForEntity("/engine-rest/engine/" + ENGINE + "/user", String.class).getStatusCode().value())
                .isEqualTo(401);
        assertThat(rest.withBasicAuth("council-admin", "a-Long-and-unguessable-1")
                .getForEntity("/engine-rest/engine/" + ENGINE + "/process-definition", String.class).getStatusCode().value()).isEqualTo(200);
    }

    @Test
    void thePostgresProfileWithoutAnAdministratorRefusesToStartAndSaysWhy() {
        assertThatThrownBy(() -> new SpringApplicationBuilder(StrengtheningFamiliesApplication.class)
                .profiles("postgres")
                .properties("SF_DB_URL=jdbc:postgresql://localhost:1/never-reached", "SF_DB_USER=x", "SF_DB_PASSWORD=x")
                .run())
                .hasMessageContaining("will not start").hasMessageContaining("SF_ADMIN_USER");
    }

    @ParameterizedTest
    @CsvSource({
            "'', a-Long-and-unguessable-1, SF_ADMIN_USER is missing",
            "admin, '', SF_ADMIN_PASSWORD is missing",
            "admin, demo, known default",
            "admin, Admin, known default",
            "admin, short-pw-1, shorter than 12"})
    void weakOrMissingAdministratorSettingsAreNamed(String user, String password, String expected) {
        assertThat(AdministratorSettings.problem(user, password)).contains(expected);
    }

    @Test
    void aLongUnusualPasswordIsAccepted() {
        assertThat(AdministratorSettings.problem("council-admin", "a-Long-and-unguessable-1")).isNull();
    }
}
