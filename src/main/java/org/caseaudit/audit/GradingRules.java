package org.caseaudit.audit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.caseaudit.templates.AnswerScale;

/**
 * The grading-honesty rules, pure code: how the overall grades of a set of audits are distributed over Ofsted's four
 * grades, and how the auditor's grade compares with the moderation outcome (the grade agreed at moderation, else the
 * moderator's). "Auditor graded higher" means the auditor's grade is better than the moderation outcome (for example
 * Good where moderation agreed Requires improvement to be good): the kinder grading inspectors look for.
 * An audit without an overall grade is counted as not graded, never as a grade.
 */
public final class GradingRules {

    /** Ofsted's four grades, best first. */
    public static final List<String> GRADES = AnswerScale.OFSTED_GRADE.options();

    private GradingRules() {
    }

    /** 0 for Outstanding to 3 for Inadequate; -1 for no grade or a text that is not one of the four. */
    public static int rank(String grade) {
        return grade == null ? -1 : GRADES.indexOf(grade);
    }

    /** The grades of a set of audits: one count per grade, best first, and the audits without a grade. */
    public record Distribution(String label, int outstanding, int good, int requiresImprovement, int inadequate,
                               int notGraded) {

        /** Audits with one of the four grades. */
        public int graded() {
            return outstanding + good + requiresImprovement + inadequate;
        }

        public int goodOrBetter() {
            return outstanding + good;
        }

        /** The count of one grade (by its position, best first). */
        public int count(int rank) {
            return switch (rank) {
                case 0 -> outstanding;
                case 1 -> good;
                case 2 -> requiresImprovement;
                case 3 -> inadequate;
                default -> throw new IllegalArgumentException("No grade at position " + rank);
            };
        }
    }

    /** How moderation compared with the auditor's grades of a set of audits. */
    public record Changes(String label, int compared, int same, int auditorHigher, int auditorLower,
                          int higherByTwoOrMore) {

        public int changed() {
            return auditorHigher + auditorLower;
        }

        /** The share of compared grades that moderation left as the auditor gave them (0 when none compared). */
        public double agreement() {
            return compared == 0 ? 0 : (double) same / compared;
        }
    }

    /** Which way moderation moved a grade. */
    public enum Change { SAME, AUDITOR_HIGHER, AUDITOR_LOWER }

    /** The change from the auditor's grade to the moderation outcome; null when either is missing or not a grade. */
    public static Change change(String auditorGrade, String moderationGrade) {
        int a = rank(auditorGrade);
        int m = rank(moderationGrade);
        if (a < 0 || m < 0) {
            return null;
        }
        return a == m ? Change.SAME : a < m ? Change.AUDITOR_HIGHER : Change.AUDITOR_LOWER;
    }

    public static Distribution distribution(String label, Collection<String> grades) {
        int[] n = new int[4];
        int none = 0;
        for (String g : grades) {
            int r = rank(g);
            if (r < 0) {
                none++;
            } else {
                n[r]++;
            }
        }
        return new Distribution(label, n[0], n[1], n[2], n[3], none);
    }

    /** The auditors' grades of the records (moderation not considered). */
    public static Distribution auditorDistribution(String label, Collection<GradeRecord> records) {
        return distribution(label, records.stream().map(GradeRecord::auditorGrade).toList());
    }

    public static Changes changes(String label, Collection<GradeRecord> records) {
        int compared = 0;
        int same = 0;
        int higher = 0;
        int lower = 0;
        int farHigher = 0;
        for (GradeRecord r : records) {
            Change c = change(r.auditorGrade(), r.moderationGrade());
            if (c == null) {
                continue;
            }
            compared++;
            switch (c) {
                case SAME -> same++;
                case AUDITOR_HIGHER -> {
                    higher++;
                    if (rank(r.moderationGrade()) - rank(r.auditorGrade()) >= 2) {
                        farHigher++;
                    }
                }
                case AUDITOR_LOWER -> lower++;
            }
        }
        return new Changes(label, compared, same, higher, lower, farHigher);
    }

    /**
     * Records grouped by a key (a cycle, a team, an auditor), groups in the order of {@code order} where given, keys
     * not in it after them in first-seen order.
     */
    public static <K> Map<K, List<GradeRecord>> group(Collection<GradeRecord> records,
            Function<GradeRecord, K> key, List<K> order) {
        Map<K, List<GradeRecord>> out = new LinkedHashMap<>();
        order.forEach(k -> out.put(k, new ArrayList<>()));
        for (GradeRecord r : records) {
            out.computeIfAbsent(key.apply(r), k -> new ArrayList<>()).add(r);
        }
        out.values().removeIf(List::isEmpty);
        return out;
    }
}
