package org.strengtheningfamilies.testing;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.bpm.engine.spring.SpringExpressionManager;
import org.camunda.bpm.engine.test.mock.MockElResolver;
import org.camunda.bpm.impl.juel.jakarta.el.CompositeELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.ELResolver;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Primary;
import org.strengtheningfamilies.StrengtheningFamiliesApplication;
import org.strengtheningfamilies.datamatching.DataEvidence;
import org.strengtheningfamilies.datamatching.EvidencePrefill;

/**
 * The process tests' application: every production component and configuration, with Spring Boot's
 * auto-configuration, as {@link StrengtheningFamiliesApplication} wires them, but not deployed as a
 * process application (each test deploys processes/ and forms/ itself and removes them after). Two
 * things differ from production: the agency data behind the evidence pre-fill is a map the test fills,
 * and Camunda's {@code Mocks} may stand in for a bean in one test (a store that fails, say).
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@ComponentScan(basePackageClasses = StrengtheningFamiliesApplication.class, excludeFilters = {
        @ComponentScan.Filter(type = FilterType.CUSTOM, classes = TypeExcludeFilter.class),
        @ComponentScan.Filter(type = FilterType.ASSIGNABLE_TYPE, classes = StrengtheningFamiliesApplication.class)})
public class ProcessTestApplication {

    /** The household data of families "found by data matching", by family reference. */
    public static class AgencyEvidence implements EvidencePrefill.EvidenceSource {

        private final Map<String, DataEvidence> byFamily = new ConcurrentHashMap<>();

        public void put(String familyRef, DataEvidence evidence) {
            byFamily.put(familyRef, evidence);
        }

        public void clear() {
            byFamily.clear();
        }

        @Override
        public Optional<DataEvidence> evidenceFor(String familyRef, java.time.LocalDate attachmentDate,
                                                  java.time.LocalDate asAt) {
            return Optional.ofNullable(byFamily.get(familyRef));
        }
    }

    @Bean
    @Primary
    AgencyEvidence testAgencyEvidence() {
        return new AgencyEvidence();
    }

    /** Beans first from Camunda's Mocks (registered by a test), then from the application context. */
    @Bean
    ProcessEnginePlugin mocksBeforeBeans(ApplicationContext context) {
        return new AbstractProcessEnginePlugin() {
            @Override
            public void preInit(ProcessEngineConfigurationImpl configuration) {
                configuration.setExpressionManager(new SpringExpressionManager(context) {
                    @Override
                    protected ELResolver createElResolver() {
                        CompositeELResolver resolver = new CompositeELResolver();
                        resolver.add(new MockElResolver());
                        resolver.add(super.createElResolver());
                        return resolver;
                    }
                });
            }
        };
    }
}
