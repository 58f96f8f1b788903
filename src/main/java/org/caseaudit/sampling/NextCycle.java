package org.caseaudit.sampling;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * What "Start a new cycle" fills in, so a month's cycle is a check of last month's settings rather than a form from
 * scratch: the same checklist, frame filters, sample design and moderation as the latest cycle, for the period that
 * follows it (whole calendar months are followed by as many whole months, so a month by a month and a quarter by a
 * quarter; any other period by one of the same number of days),
 * due the same number of days after the period's end. Exclusions by reference belonged to the earlier period and
 * are not carried over. A name that states the earlier month ("S47 enquiries October 2026") is renamed for the new
 * one; any other name is left for the lead to write. With no earlier cycle: last calendar month, nothing else.
 */
public final class NextCycle {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

    private NextCycle() {
    }

    /**
     * The suggestion after the cycle whose period ends last among those of whole calendar months (the monthly or
     * quarterly series; a re-audit of one action covers its own odd period and is not followed), or among all cycles
     * when none is of whole months; {@code today} only matters when there is no cycle.
     */
    public static CycleDetails suggest(List<CycleSummary> cycles, LocalDate today) {
        List<CycleSummary> series = cycles.stream().filter(c -> wholeMonths(c.periodStart(), c.periodEnd())).toList();
        return (series.isEmpty() ? cycles : series).stream()
                .max(Comparator.comparing(CycleSummary::periodEnd).thenComparing(CycleSummary::id))
                .map(NextCycle::after)
                .orElseGet(() -> {
                    YearMonth last = YearMonth.from(today).minusMonths(1);
                    return new CycleDetails(null, null, null, null, new FrameDefinition(null, last.atDay(1),
                            last.atEndOfMonth(), List.of(), List.of(), 0, List.of()), null, 20, true);
                });
    }

    /** The cycle after {@code latest}: its settings for the period that follows. */
    public static CycleDetails after(CycleSummary latest) {
        LocalDate from = latest.periodStart();
        LocalDate to = latest.periodEnd();
        LocalDate nextFrom;
        LocalDate nextTo;
        String name = null;
        if (wholeMonths(from, to)) {
            long months = ChronoUnit.MONTHS.between(YearMonth.from(from), YearMonth.from(to)) + 1;
            YearMonth next = YearMonth.from(to).plusMonths(1);
            nextFrom = next.atDay(1);
            nextTo = next.plusMonths(months - 1).atEndOfMonth();
            String old = MONTH.format(YearMonth.from(from));
            if (months == 1 && latest.name() != null && latest.name().contains(old)) {
                name = latest.name().replace(old, MONTH.format(next));
            }
        } else {
            long days = ChronoUnit.DAYS.between(from, to);
            nextFrom = to.plusDays(1);
            nextTo = nextFrom.plusDays(days);
        }
        LocalDate due = latest.dueDate() == null ? null
                : nextTo.plusDays(ChronoUnit.DAYS.between(to, latest.dueDate()));
        FrameDefinition f = latest.frame();
        FrameDefinition frame = new FrameDefinition(f.dateField(), nextFrom, nextTo, f.teams(), f.outcomes(),
                f.excludeAuditedWithinMonths(), List.of());
        return new CycleDetails(name, latest.templateId(), latest.templateVersion(), due, frame, latest.design(),
                latest.moderationPercent(), latest.blindModeration());
    }

    static boolean wholeMonths(LocalDate from, LocalDate to) {
        return from.getDayOfMonth() == 1 && to.equals(YearMonth.from(to).atEndOfMonth());
    }
}
