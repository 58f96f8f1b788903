package org.caseaudit.audit;

import java.time.LocalDate;

/**
 * What the next case-data retention run would do (or what a run did), by count. {@code collaborationsCleared} and
 * {@code feedbackCommentsCleared}: collaborative records and family comments of those audits (V44_1).
 */
public record RetentionPreview(LocalDate registerCutoff, LocalDate auditTextCutoff, int registerDeleted,
                               int registerAnonymised, int auditsAnonymised, long answersCleared, long repliesCleared,
                               long collaborationsCleared, long feedbackCommentsCleared, long historyVersionsRemoved) {

    public String describe() {
        return "register: " + registerDeleted + " deleted, " + registerAnonymised + " anonymised (last activity before "
                + registerCutoff + "); audits: " + auditsAnonymised + " anonymised (cycles ended before "
                + auditTextCutoff + "), " + answersCleared + " answers and " + repliesCleared
                + " replies cleared, " + collaborationsCleared + " collaborative records and " + feedbackCommentsCleared
                + " family comments cleared; answer history: " + historyVersionsRemoved + " versions removed";
    }
}
