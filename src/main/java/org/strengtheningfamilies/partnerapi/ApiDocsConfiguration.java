package org.strengtheningfamilies.partnerapi;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.BooleanSchema;
import io.swagger.v3.oas.models.media.DateSchema;
import io.swagger.v3.oas.models.media.NumberSchema;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI 3 description of every endpoint under /api, at /api/docs (JSON) and /api/docs/ui (a
 * browsable page), for signed-in users (the /api authentication applies). The referral's request
 * schema is made from the start form, so it names exactly the fields the form has.
 */
@Configuration
public class ApiDocsConfiguration {

    static final String REFERRAL_SCHEMA = "#/components/schemas/Referral";

    @Bean
    OpenAPI strengtheningFamiliesApi() {
        return new OpenAPI()
                .info(new Info().title("Strengthening Families API").version("1")
                        .description("The programme's own API: partner referrals and their status, programme reports, "
                                + "agency data imports, claim returns and case change histories. Every request is "
                                + "signed in: HTTP Basic with a user of the application, or the Camunda webapp session "
                                + "(changes then need the session's X-XSRF-TOKEN). What each role may call: README, "
                                + "\"Roles\"; partners: docs/partner-api.md."))
                .components(new Components()
                        .addSecuritySchemes("basic", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic"))
                        .addSecuritySchemes("webappSession", new SecurityScheme().type(SecurityScheme.Type.APIKEY)
                                .in(SecurityScheme.In.COOKIE).name("JSESSIONID")))
                .addSecurityItem(new SecurityRequirement().addList("basic"))
                .addSecurityItem(new SecurityRequirement().addList("webappSession"));
    }

    @Bean
    OpenApiCustomizer referralSchemaFromTheStartForm(ReferralForm form) {
        return openApi -> openApi.getComponents().addSchemas("Referral", objectOf(form.fields(),
                "A referral in the start form's names (the referral form of the programme phase this council "
                        + "refers under, forms/; docs/variables.md)."));
    }

    private static Schema<?> objectOf(List<ReferralForm.Field> fields, String description) {
        Map<String, Schema> properties = new LinkedHashMap<>();
        List<String> required = new ArrayList<>();
        for (ReferralForm.Field field : fields) {
            properties.put(field.key(), schemaOf(field));
            if (field.required()) {
                required.add(field.key());
            }
        }
        Schema<?> schema = new ObjectSchema().description(description);
        schema.setProperties(properties);
        schema.setAdditionalProperties(false);
        if (!required.isEmpty()) {
            schema.setRequired(required);
        }
        return schema;
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static Schema<?> schemaOf(ReferralForm.Field field) {
        Schema schema = switch (field.kind()) {
            case BOOLEAN -> new BooleanSchema();
            case NUMBER -> new NumberSchema();
            case DATE -> new DateSchema();
            case LIST_OF_TEXT -> new ArraySchema().items(new StringSchema());
            case LIST_OF_OBJECTS -> new ArraySchema().items(objectOf(field.items(), null));
            case OBJECT -> objectOf(field.items(), null);
            case TEXT -> {
                StringSchema text = new StringSchema();
                if (!field.values().isEmpty()) {
                    text.setEnum(field.values());
                }
                yield text;
            }
        };
        if (field.kind() == ReferralForm.Kind.LIST_OF_TEXT && !field.values().isEmpty()) {
            ((ArraySchema) schema).setItems(new StringSchema()._enum(field.values()));
        }
        String words = field.label() == null || field.label().isBlank() ? "" : field.label();
        if (field.description() != null && !field.description().isBlank()) {
            words = words.isEmpty() ? field.description() : words + ". " + field.description();
        }
        if (!words.isEmpty()) {
            schema.setDescription(words);
        }
        return schema;
    }
}
