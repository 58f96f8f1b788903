package org.caseaudit.templates;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.caseaudit.shared.Sha256;

/**
 * The canonical form of a template version: its parsed definition as JSON with properties in a fixed order. Two files
 * that differ only in comments, quoting or layout have the same canonical JSON and the same SHA-256, so only a real
 * change to the content counts as a change.
 */
final class TemplateJson {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .build();

    private TemplateJson() {
    }

    static String canonical(TemplateDefinition definition) {
        try {
            return MAPPER.writeValueAsString(definition);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write template " + definition.id() + " as JSON", e);
        }
    }

    static TemplateDefinition read(String canonicalJson) {
        try {
            return MAPPER.readValue(canonicalJson, TemplateDefinition.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored template content is not valid JSON", e);
        }
    }

    static String sha256(String canonicalJson) {
        return Sha256.hex(canonicalJson);
    }
}
