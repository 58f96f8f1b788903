package org.caseaudit.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.caseaudit.templates.AnswerScale;
import org.caseaudit.templates.QuestionDefinition;
import org.caseaudit.templates.SectionDefinition;
import org.caseaudit.templates.TemplateDefinition;

/**
 * What a submission still lacks, in template order: every question on a scale with fixed answers must be answered
 * (date, number and free-text questions are optional), an evidence note where the template asks for one with a
 * non-compliant answer, a reason for every overridden proposal, and the overall grade with its rationale.
 */
public final class SubmitCheck {

    private SubmitCheck() {
    }

    public static List<MissingItem> missing(TemplateDefinition template, Map<String, AnswerState> answers,
            String grade, String gradeRationale) {
        List<MissingItem> missing = new ArrayList<>();
        for (SectionDefinition section : template.sections()) {
            for (QuestionDefinition q : section.questions()) {
                AnswerState a = answers.get(q.id());
                String name = "\u201c" + q.text() + "\u201d (" + section.title() + ")";
                boolean answered = a != null && a.answered();
                if (!answered) {
                    if (!q.scale().options().isEmpty()) {
                        missing.add(new MissingItem(q.id(), name + ": no answer"));
                    }
                    continue;
                }
                if (q.evidenceRequiredWhenNonCompliant() && q.scale().nonCompliantOptions().contains(a.value())
                        && blank(a.evidenceNote())) {
                    missing.add(new MissingItem(q.id(), name + ": an evidence note is needed for \u201c"
                            + a.value() + "\u201d"));
                }
                if (a.overridesDerived() && blank(a.overrideReason())) {
                    missing.add(new MissingItem(q.id(), name
                            + ": a reason is needed for overriding the proposed answer \u201c"
                            + a.derivedValue() + "\u201d"));
                }
            }
        }
        template.overallGradeIfAny().ifPresent(g -> {
            if (blank(grade)) {
                missing.add(new MissingItem(null, "Overall grade: not given"));
            } else if (g.rationaleRequired() && blank(gradeRationale)) {
                missing.add(new MissingItem(null, "Overall grade: a rationale is needed"));
            }
        });
        return missing;
    }

    /** Whether {@code value} may be stored as an answer to {@code q}. */
    public static boolean acceptable(QuestionDefinition q, String value) {
        if (blank(value)) {
            return true;
        }
        AnswerScale scale = q.scale();
        if (!scale.options().isEmpty()) {
            return scale.options().contains(value);
        }
        try {
            switch (scale) {
                case DATE -> java.time.LocalDate.parse(value);
                case NUMBER -> Long.parseLong(value);
                default -> { }
            }
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
