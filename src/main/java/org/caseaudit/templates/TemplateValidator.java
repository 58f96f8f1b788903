package org.caseaudit.templates;

import org.springframework.stereotype.Component;

/**
 * Parses and validates a template file without storing it: for checklists kept apart from the single-agency ones
 * (the multi-agency returns in {@code audit-templates/multi-agency/}). Same format, schema and checks as an upload.
 */
@Component
public class TemplateValidator {

    private final TemplateParser parser;

    TemplateValidator(TemplateParser parser) {
        this.parser = parser;
    }

    /** A validator outside Spring (unit tests, tools): the same parser and schema. */
    public static TemplateValidator standalone() {
        return new TemplateValidator(new TemplateParser());
    }

    /** The definition in the file; throws {@link TemplateValidationException} naming file, line and field. */
    public TemplateDefinition validate(String fileName, byte[] content) {
        return parser.parse(fileName, content);
    }
}
