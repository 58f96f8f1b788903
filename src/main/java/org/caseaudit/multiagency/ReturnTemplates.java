package org.caseaudit.multiagency;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.caseaudit.templates.AnswerScale;
import org.caseaudit.templates.QuestionDefinition;
import org.caseaudit.templates.SectionDefinition;
import org.caseaudit.templates.TemplateDefinition;
import org.caseaudit.templates.TemplateValidator;
import org.springframework.stereotype.Component;

/**
 * The agency return templates, read once from the classpath ({@code audit-templates/multi-agency/}, packaged from the
 * top-level folder) and validated like every checklist: an invalid file stops the application starting, naming the
 * file, line and field. Also the rules for what a return may contain and when it is complete.
 */
@Component
public class ReturnTemplates {

    static final String FOLDER = "audit-templates/multi-agency/";
    static final String CORE = "core.yaml";

    private final Map<AgencyKind, ReturnTemplate> byKind = new EnumMap<>(AgencyKind.class);

    ReturnTemplates(TemplateValidator validator) {
        TemplateDefinition core = read(validator, CORE);
        for (AgencyKind kind : AgencyKind.values()) {
            TemplateDefinition own = read(validator, kind.templateFile());
            List<SectionDefinition> sections = new ArrayList<>(core.sections());
            sections.addAll(own.sections());
            byKind.put(kind, new ReturnTemplate(own.title(),
                    core.id() + " v" + core.version() + " + " + own.id() + " v" + own.version(), sections));
        }
    }

    private static TemplateDefinition read(TemplateValidator validator, String file) {
        try (InputStream in = ReturnTemplates.class.getClassLoader().getResourceAsStream(FOLDER + file)) {
            if (in == null) {
                throw new IllegalStateException(FOLDER + file + " is not on the classpath");
            }
            return validator.validate(file, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public ReturnTemplate forKind(AgencyKind kind) {
        return byKind.get(kind);
    }

    /** Checks answers as saved (a draft may be incomplete): known question ids only, options from the scale. */
    static void checkDraft(ReturnTemplate template, Map<String, String> answers) {
        Map<String, QuestionDefinition> questions = questions(template);
        for (var e : answers.entrySet()) {
            String id = e.getKey().endsWith(":note") ? e.getKey().substring(0, e.getKey().length() - 5) : e.getKey();
            QuestionDefinition q = questions.get(id);
            if (q == null) {
                throw new MultiAgencyException("Unknown question in the return: " + e.getKey());
            }
            String value = e.getValue();
            if (value != null && value.length() > 10_000) {
                throw new MultiAgencyException("The answer to \"" + q.text() + "\" is longer than 10,000 characters");
            }
            if (!e.getKey().endsWith(":note") && value != null && !value.isBlank() && !q.scale().options().isEmpty()
                    && !q.scale().options().contains(value)) {
                throw new MultiAgencyException("\"" + value + "\" is not an answer to \"" + q.text()
                        + "\"; choose one of "
                        + String.join(", ", q.scale().options()));
            }
        }
    }

    /** What is missing before a return can be submitted: every question answered, notes where evidence is required. */
    static List<String> missing(ReturnTemplate template, Map<String, String> answers) {
        List<String> missing = new ArrayList<>();
        for (QuestionDefinition q : questions(template).values()) {
            String value = answers.get(q.id());
            if (value == null || value.isBlank()) {
                missing.add("Not answered: " + q.text());
            } else if (q.evidenceRequiredWhenNonCompliant() && q.scale() != AnswerScale.FREE_TEXT
                    && q.scale().nonCompliantOptions().contains(value)
                    && (answers.get(q.id() + ":note") == null || answers.get(q.id() + ":note").isBlank())) {
                missing.add("Evidence note needed for \"" + value + "\": " + q.text());
            }
        }
        return missing;
    }

    private static Map<String, QuestionDefinition> questions(ReturnTemplate template) {
        Map<String, QuestionDefinition> questions = new java.util.LinkedHashMap<>();
        template.sections().forEach(s -> s.questions().forEach(q -> questions.put(q.id(), q)));
        return questions;
    }
}
