package org.caseaudit.audit;

import java.time.LocalDate;

/** What the next case-data retention run would do (or what a run did), by count. */
public record RetentionPreview(LocalDate registerCutoff, LocalDate auditTextCutoff, int registerDeleted,
                               int registerAnonymised, int auditsAnonymised, long answersCleared, long repliesCleared,
                               long historyVersionsRemoved) {

    public String describe() {
        return "register: " + registerDeleted + " deleted, " + registerAnonymised + " anonymised (last activity before "
                + registerCutoff + "); audits: " + auditsAnonymised + " anonymised (cycles ended before "
                + auditTextCutoff + "), " + answersCleared + " answers and " + repliesCleared
                + " replies cleared; answer history: " + historyVersionsRemoved + " versions removed";
    }
}
