package org.caseaudit.cases;

import java.time.LocalDateTime;
import org.caseaudit.calendar.TimescaleEvaluation;

/**
 * A stored case: its id and source system, its facts, when an import last changed it, and (when opened on its own)
 * its statutory timescales computed by the calendar module; {@code timescales} is null in lists.
 */
public record CaseFacts(long id, String source, CaseData data, LocalDateTime updatedAt, long version,
                        TimescaleEvaluation timescales) {

    public CaseFacts withTimescales(TimescaleEvaluation evaluation) {
        return new CaseFacts(id, source, data, updatedAt, version, evaluation);
    }
}
