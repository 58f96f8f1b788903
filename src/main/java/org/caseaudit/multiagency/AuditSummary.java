package org.caseaudit.multiagency;

import java.time.LocalDate;
import java.util.List;

/** One multi-agency audit as listed: returns counted over every child and agency. */
public record AuditSummary(long id, String theme, Stage stage, LocalDate returnsDue, LocalDate panelDate,
        List<Agency> agencies, int children, int returnsSubmitted, int returnsExpected, long version) {
}
