package org.strengtheningfamilies.partnerapi;

import java.time.Clock;
import java.time.ZoneId;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.strengtheningfamilies.config.ProgrammeProperties;
import org.strengtheningfamilies.programme.ProgrammePhases;
import org.strengtheningfamilies.referral.ReferralRules;

/** The partner referral API's beans (issue 16; docs/partner-api.md). */
@Configuration
@EnableConfigurationProperties(PartnerApiProperties.class)
public class PartnerApiConfiguration implements WebMvcConfigurer {

    private final IdentityService identity;
    private final JdbcTemplate jdbc;
    private final PartnerApiProperties properties;
    private final ObjectMapper json;

    PartnerApiConfiguration(@Lazy IdentityService identity, JdbcTemplate jdbc, PartnerApiProperties properties,
                            ObjectMapper json) {
        this.identity = identity;
        this.jdbc = jdbc;
        this.properties = properties;
        this.json = json;
    }

    /** The start form of the phase this council refers under (sf.programme.phase): the API speaks its names. */
    @Bean
    ReferralForm referralForm(ProgrammePhases phases) {
        return ReferralForm.fromClasspath("forms/" + phases.getReferralForm() + ".form");
    }

    @Bean
    PartnerAccounts partnerAccounts() {
        return new PartnerAccounts(jdbc);
    }

    @Bean
    EngineAsSystem engineAsSystem(@Lazy ProcessEngine engine) {
        return new EngineAsSystem(engine);
    }

    @Bean
    ReferralStatuses referralStatuses(@Lazy HistoryService history, @Lazy RepositoryService repository,
                                      EngineAsSystem system, ReferralForm form, ProgrammeProperties programme,
                                      ProgrammePhases phases, Clock clock) {
        SignpostReason signposts = new SignpostReason(form, programme.identification().localFilters(), repository, phases);
        return new ReferralStatuses(history, system, signposts, clock.getZone() == null ? ZoneId.systemDefault() : clock.getZone());
    }

    @Bean
    Referrals referrals(ReferralForm form, ReferralRules rules, ProgrammePhases phases, @Lazy FormService forms,
                        @Lazy RepositoryService repository, EngineAsSystem system, ReferralStatuses statuses,
                        PlatformTransactionManager transactions, Clock clock) {
        return new Referrals(form, rules, phases, forms, repository, system, statuses, new IdempotencyKeys(jdbc),
                new TransactionTemplate(transactions), json, properties, clock);
    }

    @Bean
    StatusCallbacks statusCallbacks(PartnerAccounts accounts) {
        return new StatusCallbacks(accounts, jdbc);
    }

    /** Named for partner-status-callback.bpmn. */
    @Bean
    SendStatusCallbackDelegate sendStatusCallbackDelegate(PartnerAccounts accounts) {
        return new SendStatusCallbackDelegate(accounts, properties);
    }

    /** The retry cycle of Task_SendStatusCallback: ${partnerCallbackRetryCycle} in the BPMN. */
    @Bean
    String partnerCallbackRetryCycle() {
        return properties.callbackRetryCycle();
    }

    /** Camunda's REST API refuses partner-system accounts: registered here, so api.EngineRestConfig need not know this feature. */
    @Bean
    ResourceConfigCustomizer partnerEngineRestRefusal() {
        return config -> config.register(PartnerAccountBoundary.EngineRestRefusal.class);
    }

    @Bean
    FilterRegistrationBean<PartnerAccountBoundary.WebappLoginRefusal> partnerWebappLoginRefusal(@Lazy ProcessEngine engine) {
        FilterRegistrationBean<PartnerAccountBoundary.WebappLoginRefusal> registration =
                new FilterRegistrationBean<>(new PartnerAccountBoundary.WebappLoginRefusal(engine));
        registration.setName("sf-partner-webapp-login-refusal");
        registration.addUrlPatterns("/camunda/api/admin/auth/user/*");
        return registration;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new PartnerRateLimits(identity, partnerAccounts(), properties, json))
                .addPathPatterns("/api/referrals", "/api/referrals/**");
    }
}
