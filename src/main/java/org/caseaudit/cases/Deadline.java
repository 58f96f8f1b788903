package org.caseaudit.cases;

import java.time.LocalDate;
import java.util.function.Supplier;
import org.caseaudit.calendar.Measure;
import org.caseaudit.calendar.MeasureStatus;

/**
 * A statutory timescale of a live case that is slipping: {@code OVERDUE} (no event, past due) or {@code PENDING}
 * and due soon. {@code workingDaysLeft} counts from today to the due date; it is negative when overdue. The
 * explanation (how it was computed, naming today) is worked out when first asked for: a screen shows a few rows of
 * a council's thousands (decision 0023).
 */
public record Deadline(long caseId, String caseReference, String team, Measure measure, MeasureStatus status,
                       LocalDate dueDate, int workingDaysLeft, Supplier<String> explain) {

    public Deadline {
        explain = new Once(explain);
    }

    /** How it was computed, as the timescale evaluation words it. */
    public String explanation() {
        return explain.get();
    }

    /** The supplier's value, asked for once. */
    private static final class Once implements Supplier<String> {
        private final Supplier<String> source;
        private volatile String value;

        Once(Supplier<String> source) {
            this.source = source instanceof Once once ? once.source : source;
        }

        @Override
        public String get() {
            String v = value;
            if (v == null) {
                v = source.get();
                value = v;
            }
            return v;
        }
    }
}
