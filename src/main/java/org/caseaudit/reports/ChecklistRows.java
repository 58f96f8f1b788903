package org.caseaudit.reports;

import java.util.ArrayList;
import java.util.List;
import org.caseaudit.templates.AnswerScale;
import org.caseaudit.templates.QuestionDefinition;
import org.caseaudit.templates.SectionDefinition;
import org.caseaudit.templates.TemplateDefinition;

/** The rows of a blank checklist: one per question, numbered by section, in the template's order. */
final class ChecklistRows {

    /** One printed question; the report reads its fields by component name ({@link RecordDataSource}). */
    record Row(String section, String number, String text, String guidance, String answer, String notes,
               String references) {
    }

    private ChecklistRows() {
    }

    static List<Row> of(TemplateDefinition template) {
        List<Row> rows = new ArrayList<>();
        int sectionNumber = 0;
        for (SectionDefinition section : template.sections()) {
            sectionNumber++;
            String heading = sectionNumber + ". " + section.title();
            int questionNumber = 0;
            for (QuestionDefinition question : section.questions()) {
                questionNumber++;
                rows.add(new Row(heading, sectionNumber + "." + questionNumber, question.text(), question.guidance(),
                        String.join(" / ", question.scale().options()), notes(question),
                        question.references().isEmpty() ? null : "References: " + String.join("; ",
                        question.references())));
            }
        }
        template.overallGradeIfAny().ifPresent(grade -> rows.add(new Row((template.sections().size() + 1)
                + ". Overall judgement", String.valueOf(template.sections().size() + 1) + ".1", grade.text(),
                grade.guidance(), String.join(" / ", AnswerScale.OFSTED_GRADE.options()),
                grade.rationaleRequired() ? "A rationale is required." : null, null)));
        return rows;
    }

    private static String notes(QuestionDefinition q) {
        List<String> notes = new ArrayList<>();
        if (q.keyMeasure()) {
            notes.add("Key measure");
        }
        if (q.derivation() != null) {
            notes.add("Proposed from the case record: " + q.derivation().description());
        }
        if (q.evidenceRequiredWhenNonCompliant()) {
            notes.add("Evidence note required when the answer is not compliant");
        }
        return notes.isEmpty() ? null : String.join(". ", notes) + ".";
    }
}
