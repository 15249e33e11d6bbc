package org.strengtheningfamilies.security;

import java.util.Locale;
import java.util.Set;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Outside the embedded demo (sf.demo.users=false) the administrator comes from the environment
 * (SF_ADMIN_USER, SF_ADMIN_PASSWORD). The application refuses to start, before it touches the
 * database, when either is missing or the password is a known default or too short.
 */
public class AdministratorSettings implements EnvironmentPostProcessor {

    static final int MINIMUM_PASSWORD_LENGTH = 12;
    static final Set<String> KNOWN_DEFAULTS = Set.of("demo", "admin", "administrator", "password", "changeme",
            "change-me", "camunda", "secret", "letmein", "welcome", "default", "123456789012", "password1234");

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (environment.getProperty("sf.demo.users", Boolean.class, false)) {
            return;
        }
        String user = environment.getProperty("sf.admin.user");
        String password = environment.getProperty("sf.admin.password");
        String problem = problem(user, password);
        if (problem != null) {
            throw new IllegalStateException("Strengthening Families will not start: " + problem
                    + ". Set SF_ADMIN_USER and SF_ADMIN_PASSWORD (at least " + MINIMUM_PASSWORD_LENGTH
                    + " characters, not a default such as 'demo' or 'admin').");
        }
    }

    static String problem(String user, String password) {
        if (user == null || user.isBlank()) {
            return "no administrator user is configured (SF_ADMIN_USER is missing)";
        }
        if (password == null || password.isBlank()) {
            return "no administrator password is configured (SF_ADMIN_PASSWORD is missing)";
        }
        if (KNOWN_DEFAULTS.contains(password.toLowerCase(Locale.ROOT)) || password.equalsIgnoreCase(user)) {
            return "the administrator password is a known default";
        }
        if (password.length() < MINIMUM_PASSWORD_LENGTH) {
            return "the administrator password is shorter than " + MINIMUM_PASSWORD_LENGTH + " characters";
        }
        return null;
    }
}
