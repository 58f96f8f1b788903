package org.caseaudit.audit;

import java.util.ArrayList;
import java.util.List;
import org.caseaudit.shared.PlainText;

/**
 * What may be recorded in a collaborative audit, as pure rules (table-tested): presence and reflection only in
 * collaborative mode and before the audit is closed; the practitioner is named before their reflection or agreement;
 * an agreement is about a grade already given; a disagreement needs its reason.
 */
final class CollaborationRules {

    static final int MAX_NAME = 200;
    static final int MAX_TEXT = 4000;

    private CollaborationRules() {
    }

    static List<String> recordProblems(boolean collaborative, AuditStatus status, CollaborationInput in) {
        List<String> problems = new ArrayList<>(modeProblems(collaborative, status));
        text(problems, "Practitioner", in.practitionerName(), MAX_NAME, PlainText.Lines.SINGLE);
        text(problems, "Practitioner's role", in.practitionerRole(), MAX_NAME, PlainText.Lines.SINGLE);
        text(problems, "Manager", in.managerName(), MAX_NAME, PlainText.Lines.SINGLE);
        text(problems, "Manager's role", in.managerRole(), MAX_NAME, PlainText.Lines.SINGLE);
        text(problems, "What went well", in.wentWell(), MAX_TEXT, PlainText.Lines.MULTI);
        text(problems, "What I would do differently", in.doDifferently(), MAX_TEXT, PlainText.Lines.MULTI);
        text(problems, "Feedback to the practitioner", in.feedbackToPractitioner(), MAX_TEXT, PlainText.Lines.MULTI);
        boolean named = !blank(in.practitionerName());
        if (!named && !blank(in.practitionerRole())) {
            problems.add("Practitioner: give the name of the practitioner whose role is given");
        }
        if (blank(in.managerName()) && !blank(in.managerRole())) {
            problems.add("Manager: give the name of the manager whose role is given");
        }
        if (!named && (!blank(in.wentWell()) || !blank(in.doDifferently()))) {
            problems.add("Practitioner: record the practitioner as present before their reflection");
        }
        return problems;
    }

    static List<String> agreementProblems(boolean collaborative, AuditStatus status, boolean practitionerPresent,
                                          String currentGrade, GradeAgreement agreement, String reason) {
        List<String> problems = new ArrayList<>(modeProblems(collaborative, status));
        if (!practitionerPresent) {
            problems.add("Practitioner: record the practitioner as present before their view of the grade");
        }
        if (blank(currentGrade)) {
            problems.add("Overall grade: the auditor has not given an overall grade yet, so there is nothing to agree with");
        }
        if (agreement == null) {
            problems.add("Agreement: choose whether the practitioner agrees with the grade");
        } else if (agreement == GradeAgreement.DISAGREES && blank(reason)) {
            problems.add("Reason: a disagreement with the grade needs the practitioner's reason");
        }
        text(problems, "Reason", reason, MAX_TEXT, PlainText.Lines.MULTI);
        return problems;
    }

    private static List<String> modeProblems(boolean collaborative, AuditStatus status) {
        List<String> problems = new ArrayList<>();
        if (!collaborative) {
            problems.add("This audit is not collaborative: turn collaborative mode on for it (or its cycle) first");
        }
        if (status == AuditStatus.CLOSED) {
            problems.add("The audit is closed: nothing more can be recorded on it");
        }
        return problems;
    }

    private static void text(List<String> problems, String field, String value, int max, PlainText.Lines lines) {
        if (blank(value)) {
            return;
        }
        if (value.strip().length() > max) {
            problems.add(field + ": at most " + max + " characters (" + value.strip().length() + " given)");
            return;
        }
        PlainText.problem(field, value, lines).ifPresent(problems::add);
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    static String blankToNull(String s) {
        return blank(s) ? null : s.strip();
    }
}
