package org.caseaudit.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.caseaudit.audit.AuditFixtures.as;
import static org.caseaudit.audit.AuditFixtures.asRun;

import java.util.ArrayList;
import java.util.List;
import org.caseaudit.IntegrationTest;
import org.caseaudit.security.Roles;
import org.caseaudit.templates.QuestionDefinition;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * {@link AuditService#saveAnswers}: several answers of one audit in one call (decision 0036) are stored, versioned
 * and kept in the history exactly as the same answers saved one call each, and under the same rules; a refusal or
 * clash of any of them saves none.
 */
@IntegrationTest
class AnswerBatchSaveTest {

    @Autowired AuditService audits;
    @Autowired AuditTestSupport support;

    /** The first {@code n} questions with a scale, answered with the scale's first option and a note. */
    private List<AnswerInput> inputs(long auditId, int n) {
        AuditDetails d = as("auditor", () -> audits.open(auditId), Roles.AUDITOR);
        List<AnswerInput> inputs = new ArrayList<>();
        for (QuestionDefinition q : d.template().questions().toList()) {
            if (!q.scale().options().isEmpty() && inputs.size() < n) {
                AnswerState s = d.answersByQuestion().get(q.id());
                inputs.add(new AnswerInput(q.id(), q.scale().options().getFirst(), "Seen on file " + inputs.size(),
                        "Case notes", null, s.version()));
            }
        }
        return inputs;
    }

    private List<String> stored(long auditId, List<AnswerInput> inputs) {
        List<String> rows = new ArrayList<>();
        for (AnswerInput input : inputs) {
            AnswerState s = as("auditor", () -> audits.answer(auditId, input.questionId()), Roles.AUDITOR);
            rows.add(s.questionId() + "|" + s.value() + "|" + s.evidenceNote() + "|" + s.fileReference() + "|"
                    + s.overrideReason() + "|" + s.version() + "|" + s.updatedBy());
            for (AnswerHistoryEntry h : as("lead", () -> audits.history(auditId, input.questionId()),
                    Roles.AUDIT_LEAD)) {
                rows.add("  " + h.version() + "|" + h.change() + "|" + h.by() + "|" + h.value() + "|"
                        + h.evidenceNote());
            }
        }
        return rows;
    }

    @Test
    void answers_saved_in_one_call_are_stored_with_the_history_of_one_call_each() {
        long cycle = support.newCycle();
        long oneByOne = support.assign(cycle, "auditor", null);
        long batch = support.assign(cycle, "auditor", null);
        List<AnswerInput> inputs = inputs(oneByOne, 5);
        assertThat(inputs(batch, 5)).isEqualTo(inputs);

        List<AnswerState> single = new ArrayList<>();
        for (AnswerInput input : inputs) {
            single.add(as("auditor", () -> audits.saveAnswer(oneByOne, input), Roles.AUDITOR));
        }
        // the first answer of the batch starts the audit, as a first single save does
        List<AnswerState> together = as("auditor", () -> audits.saveAnswers(batch, inputs), Roles.AUDITOR);

        assertThat(together).usingRecursiveComparison().isEqualTo(single);
        assertThat(stored(batch, inputs)).isEqualTo(stored(oneByOne, inputs)).hasSizeGreaterThan(inputs.size() * 2);
        assertThat(as("auditor", () -> audits.stage(batch), Roles.AUDITOR).status())
                .isEqualTo(AuditStatus.IN_PROGRESS);
    }

    @Test
    void a_question_saved_twice_in_one_call_is_checked_against_its_first_save() {
        long id = support.assign(support.newCycle(), "auditor", null);
        AnswerInput first = inputs(id, 1).getFirst();
        AnswerInput again = new AnswerInput(first.questionId(), first.value(), "Read again", null, null,
                first.expectedVersion() + 1);

        List<AnswerState> saved = as("auditor", () -> audits.saveAnswers(id, List.of(first, again)), Roles.AUDITOR);

        assertThat(saved).extracting(AnswerState::version).containsExactly(first.expectedVersion() + 1,
                first.expectedVersion() + 2);
        assertThat(as("auditor", () -> audits.answer(id, first.questionId()), Roles.AUDITOR).evidenceNote())
                .isEqualTo("Read again");
    }

    @Test
    void a_clash_or_refusal_of_one_answer_saves_none_of_the_call() {
        long id = support.assign(support.newCycle(), "auditor", null);
        support.start(id, "auditor", Roles.AUDITOR);
        List<AnswerInput> inputs = inputs(id, 3);
        List<String> before = stored(id, inputs);

        List<AnswerInput> stale = new ArrayList<>(inputs);
        AnswerInput last = stale.removeLast();
        stale.add(new AnswerInput(last.questionId(), last.value(), last.evidenceNote(), null, null,
                last.expectedVersion() + 7));
        assertThatThrownBy(() -> as("auditor", () -> audits.saveAnswers(id, stale), Roles.AUDITOR))
                .isInstanceOf(AnswerConflictException.class);

        List<AnswerInput> offScale = new ArrayList<>(inputs);
        offScale.add(1, new AnswerInput(inputs.get(1).questionId(), "Perhaps", null, null, null,
                inputs.get(1).expectedVersion()));
        assertThatThrownBy(() -> as("auditor", () -> audits.saveAnswers(id, offScale), Roles.AUDITOR))
                .isInstanceOf(AuditStateException.class);

        assertThatThrownBy(() -> as("auditor2", () -> audits.saveAnswers(id, inputs), Roles.AUDITOR))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(stored(id, inputs)).isEqualTo(before);
    }

    @Test
    void a_submitted_audit_takes_no_answers_in_one_call_either() {
        long id = support.assign(support.newCycle(), "auditor", null);
        support.submitAll(id, "auditor", "Yes", "Good", Roles.AUDITOR);
        List<AnswerInput> inputs = new ArrayList<>();
        AuditDetails d = as("auditor", () -> audits.open(id), Roles.AUDITOR);
        for (QuestionDefinition q : d.template().questions().toList()) {
            if (!q.scale().options().isEmpty() && inputs.size() < 2) {
                inputs.add(new AnswerInput(q.id(), q.scale().options().getLast(), "Later", null, null,
                        d.answersByQuestion().get(q.id()).version()));
            }
        }
        List<String> before = stored(id, inputs);

        assertThatThrownBy(() -> asRun("auditor", () -> audits.saveAnswers(id, inputs), Roles.AUDITOR))
                .isInstanceOf(AuditStateException.class);
        assertThat(stored(id, inputs)).isEqualTo(before);
    }
}
