package org.caseaudit.audit;

import java.util.ArrayList;
import java.util.List;
import org.caseaudit.shared.PlainText;

/**
 * What may be recorded in a collaborative audit, as pure rules (table-tested): presence and reflection only in
 * collaborative mode and before the audit is closed; the practitioner is named before their reflection or agreement;
 * an agreement is about a grade already given; a disagreement needs its reason.
 */
public final class CollaborationRules {

    public static final PlainText.Rule PRACTITIONER = PlainText.Rule.singleLine("Practitioner", 200);
    public static final PlainText.Rule PRACTITIONER_ROLE = PlainText.Rule.singleLine("Practitioner's role", 200);
    public static final PlainText.Rule MANAGER = PlainText.Rule.singleLine("Manager", 200);
    public static final PlainText.Rule MANAGER_ROLE = PlainText.Rule.singleLine("Manager's role", 200);
    public static final PlainText.Rule WENT_WELL = PlainText.Rule.multiLine("What went well", 4000);
    public static final PlainText.Rule DO_DIFFERENTLY =
            PlainText.Rule.multiLine("What I would do differently", 4000);
    public static final PlainText.Rule FEEDBACK = PlainText.Rule.multiLine("Feedback to the practitioner", 4000);
    public static final PlainText.Rule REASON = PlainText.Rule.multiLine("Reason", 4000);

    private CollaborationRules() {
    }

    static List<String> recordProblems(boolean collaborative, AuditStatus status, CollaborationInput in) {
        List<String> problems = new ArrayList<>(modeProblems(collaborative, status));
        text(problems, PRACTITIONER, in.practitionerName());
        text(problems, PRACTITIONER_ROLE, in.practitionerRole());
        text(problems, MANAGER, in.managerName());
        text(problems, MANAGER_ROLE, in.managerRole());
        text(problems, WENT_WELL, in.wentWell());
        text(problems, DO_DIFFERENTLY, in.doDifferently());
        text(problems, FEEDBACK, in.feedbackToPractitioner());
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
            problems.add(
                    "Overall grade: the auditor has not given an overall grade yet, so there is nothing to agree with");
        }
        if (agreement == null) {
            problems.add("Agreement: choose whether the practitioner agrees with the grade");
        } else if (agreement == GradeAgreement.DISAGREES && blank(reason)) {
            problems.add("Reason: a disagreement with the grade needs the practitioner's reason");
        }
        text(problems, REASON, reason);
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

    /** Checks the text as it is stored: stripped, and only when given. */
    private static void text(List<String> problems, PlainText.Rule rule, String value) {
        if (!blank(value)) {
            rule.problem(value.strip()).ifPresent(problems::add);
        }
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    static String blankToNull(String s) {
        return blank(s) ? null : s.strip();
    }
}
