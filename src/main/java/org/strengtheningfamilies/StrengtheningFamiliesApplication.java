package org.strengtheningfamilies;

import org.camunda.bpm.spring.boot.starter.annotation.EnableProcessApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Strengthening Families: the family-case process application on the embedded Camunda 7 engine. */
@SpringBootApplication
@EnableProcessApplication("strengthening-families")
public class StrengtheningFamiliesApplication {
    public static void main(String[] args) {
        SpringApplication.run(StrengtheningFamiliesApplication.class, args);
    }
}
