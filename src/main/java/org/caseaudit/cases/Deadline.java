package org.caseaudit.cases;

import java.time.LocalDate;
import org.caseaudit.calendar.Measure;
import org.caseaudit.calendar.MeasureStatus;

/**
 * A statutory timescale of a live case that is slipping: {@code OVERDUE} (no event, past due) or {@code PENDING}
 * and due soon. {@code workingDaysLeft} counts from today to the due date; it is negative when overdue.
 */
public record Deadline(long caseId, String caseReference, String team, Measure measure, MeasureStatus status,
                       LocalDate dueDate, int workingDaysLeft, String explanation) {
}
