package org.caseaudit.templates;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * What changed between two versions of a template: template-level fields, and questions added, removed or changed
 * field by field. Questions are matched by their stable id.
 */
public record TemplateComparison(String templateId, int fromVersion, int toVersion, List<Change> changes) {

    public TemplateComparison {
        changes = List.copyOf(changes);
    }

    public enum ChangeType { ADDED, REMOVED, CHANGED }

    /**
     * One change. {@code questionId} is null for a template-level field; {@code field} is null for an added or removed
     * question; {@code before}/{@code after} are display text (null when absent).
     */
    public record Change(ChangeType type, String questionId, String field, String before, String after) {
    }

    public boolean isEmpty() {
        return changes.isEmpty();
    }

    public List<Change> ofType(ChangeType type) {
        return changes.stream().filter(c -> c.type() == type).toList();
    }

    public static TemplateComparison between(TemplateDefinition from, TemplateDefinition to) {
        if (!from.id().equals(to.id())) {
            throw new IllegalArgumentException("cannot compare " + from.id() + " with " + to.id());
        }
        List<Change> changes = new ArrayList<>();
        templateFields(from).forEach((field, before) -> {
            String after = templateFields(to).get(field);
            if (!Objects.equals(before, after)) {
                changes.add(new Change(ChangeType.CHANGED, null, field, before, after));
            }
        });
        Map<String, QuestionDefinition> before = byId(from);
        Map<String, QuestionDefinition> after = byId(to);
        for (var q : before.values()) {
            if (!after.containsKey(q.id())) {
                changes.add(new Change(ChangeType.REMOVED, q.id(), null, q.text(), null));
            }
        }
        for (var q : after.values()) {
            QuestionDefinition old = before.get(q.id());
            if (old == null) {
                changes.add(new Change(ChangeType.ADDED, q.id(), null, null, q.text()));
                continue;
            }
            Map<String, String> oldFields = questionFields(from, old);
            questionFields(to, q).forEach((field, value) -> {
                if (!Objects.equals(oldFields.get(field), value)) {
                    changes.add(new Change(ChangeType.CHANGED, q.id(), field, oldFields.get(field), value));
                }
            });
        }
        return new TemplateComparison(from.id(), from.version(), to.version(), changes);
    }

    private static Map<String, QuestionDefinition> byId(TemplateDefinition t) {
        Map<String, QuestionDefinition> map = new LinkedHashMap<>();
        t.questions().forEach(q -> map.put(q.id(), q));
        return map;
    }

    private static Map<String, String> templateFields(TemplateDefinition t) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("title", t.title());
        fields.put("purpose", t.purpose());
        fields.put("caseTypes", String.join(", ", t.caseTypes()));
        fields.put("sections", String.join(" | ", t.sections().stream().map(SectionDefinition::title).toList()));
        fields.put("overallGrade.text", t.overallGradeIfAny().map(OverallGradeDefinition::text).orElse(null));
        fields.put("overallGrade.guidance", t.overallGradeIfAny().map(OverallGradeDefinition::guidance).orElse(null));
        fields.put("overallGrade.rationaleRequired",
                t.overallGradeIfAny().map(g -> String.valueOf(g.rationaleRequired())).orElse(null));
        return fields;
    }

    private static Map<String, String> questionFields(TemplateDefinition t, QuestionDefinition q) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("section", t.sectionOf(q.id()).map(SectionDefinition::title).orElse(null));
        fields.put("text", q.text());
        fields.put("guidance", q.guidance());
        fields.put("references", q.references().isEmpty() ? null : String.join("; ", q.references()));
        fields.put("scale", q.scale().name());
        fields.put("evidenceRequiredWhenNonCompliant", String.valueOf(q.evidenceRequiredWhenNonCompliant()));
        fields.put("keyMeasure", String.valueOf(q.keyMeasure()));
        fields.put("derivation", name(q.derivation(), Derivation::name));
        fields.put("theme", q.theme());
        fields.put("findingText", q.findingText());
        fields.put("suggestedAction", q.suggestedAction());
        fields.put("sourceQuestion", q.sourceQuestion());
        return fields;
    }

    private static <T> String name(T value, Function<T, String> f) {
        return value == null ? null : f.apply(value);
    }
}
