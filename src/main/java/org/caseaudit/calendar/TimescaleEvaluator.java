package org.caseaudit.calendar;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The timescale rules as pure code: one calendar version and one set of settings, any number of cases.
 * Obtain one from {@link TimescaleService#evaluator()} to evaluate many cases with the same calendar.
 */
public final class TimescaleEvaluator {

    private static final DateTimeFormatter UK_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter UK_DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private final WorkingDayCalendar calendar;
    private final TimescaleSettings settings;

    public TimescaleEvaluator(WorkingDayCalendar calendar, TimescaleSettings settings) {
        this.calendar = Objects.requireNonNull(calendar);
        this.settings = Objects.requireNonNull(settings);
    }

    public WorkingDayCalendar calendar() {
        return calendar;
    }

    public TimescaleSettings settings() {
        return settings;
    }

    public TimescaleEvaluation evaluate(CaseDates dates, LocalDate today) {
        List<MeasureResult> results = new ArrayList<>();
        for (Measure measure : Measure.values()) {
            results.add(evaluate(measure, dates, today));
        }
        return new TimescaleEvaluation(today, calendar.version(), results);
    }

    public MeasureResult evaluate(Measure measure, CaseDates dates, LocalDate today) {
        Objects.requireNonNull(dates, "dates");
        Objects.requireNonNull(today, "today");
        try {
            return switch (measure) {
                case REFERRAL_DECISION -> referralDecision(dates, today);
                case ICPC -> icpc(dates, today);
                case CF_ASSESSMENT -> assessment(dates, today);
                case FIRST_CORE_GROUP -> afterIcpc(Measure.FIRST_CORE_GROUP, "first core group", dates.icpcDate(),
                        dates.firstCoreGroupDate(), today);
                case FIRST_REVIEW_CONFERENCE -> afterIcpc(Measure.FIRST_REVIEW_CONFERENCE, "first review conference",
                        dates.icpcDate(), dates.firstReviewConferenceDate(), today);
                case OUTCOME_TO_REFERRER -> outcomeToReferrer(dates, today);
            };
        } catch (IllegalArgumentException e) {
            return noResult(measure, MeasureStatus.DATA_MISSING, e.getMessage());
        }
    }

    private MeasureResult referralDecision(CaseDates d, LocalDate today) {
        if (d.referralDate() == null) {
            return noResult(Measure.REFERRAL_DECISION, MeasureStatus.DATA_MISSING, "no referral date recorded");
        }
        return timed(Measure.REFERRAL_DECISION, "referral", d.referralDate(), "referral decision",
                d.referralDecisionDate(), null, today, "");
    }

    private MeasureResult icpc(CaseDates d, LocalDate today) {
        S47Outcome outcome = d.s47Outcome();
        if (d.icpcDate() == null && outcome != null && outcome != S47Outcome.ICPC_REQUIRED) {
            return noResult(Measure.ICPC, MeasureStatus.NOT_APPLICABLE, "S47 outcome " + outcome.name().toLowerCase()
                    .replace('_', ' ') + ": no ICPC needed");
        }
        List<LocalDate> discussions = d.strategyDiscussionDates();
        if (discussions.isEmpty()) {
            if (d.icpcDate() == null && d.s47StartDate() == null && outcome == null) {
                return noResult(Measure.ICPC, MeasureStatus.NOT_APPLICABLE, "no S47 enquiry recorded");
            }
            return noResult(Measure.ICPC, MeasureStatus.DATA_MISSING, "no strategy discussion date recorded");
        }
        StrategyDiscussionChoice choice = settings.rule(Measure.ICPC).strategyDiscussion();
        LocalDate start;
        String startLabel = "strategy discussion";
        if (choice == StrategyDiscussionChoice.LAST) {
            List<LocalDate> candidates = d.icpcDate() == null ? discussions
                    : discussions.stream().filter(s -> !s.isAfter(d.icpcDate())).toList();
            start = candidates.isEmpty() ? discussions.getFirst() : candidates.getLast();
            if (discussions.size() > 1) {
                startLabel = "last strategy discussion (of " + discussions.size() + ")";
            }
        } else {
            start = discussions.getFirst();
            if (discussions.size() > 1) {
                startLabel = "first strategy discussion (of " + discussions.size() + ")";
            }
        }
        String note = d.icpcDate() == null && outcome == null ? "; S47 outcome not recorded yet" : "";
        return timed(Measure.ICPC, startLabel, start, "ICPC", d.icpcDate(), null, today, note);
    }

    private MeasureResult assessment(CaseDates d, LocalDate today) {
        if (d.assessmentStartDate() == null && d.assessmentCompletedDate() == null) {
            return noResult(Measure.CF_ASSESSMENT, MeasureStatus.NOT_APPLICABLE,
                    "no child and family assessment recorded");
        }
        if (d.referralDate() == null) {
            return noResult(Measure.CF_ASSESSMENT, MeasureStatus.DATA_MISSING, "no referral date recorded");
        }
        return timed(Measure.CF_ASSESSMENT, "referral", d.referralDate(), "assessment completed",
                d.assessmentCompletedDate(), null, today, "");
    }

    private MeasureResult afterIcpc(Measure measure, String eventLabel, LocalDate icpc, LocalDate event,
            LocalDate today) {
        if (icpc == null) {
            if (event != null) {
                return noResult(measure, MeasureStatus.DATA_MISSING, eventLabel + " " + fmt(event)
                        + " recorded but no ICPC date");
            }
            return noResult(measure, MeasureStatus.NOT_APPLICABLE, "no ICPC recorded");
        }
        return timed(measure, "ICPC", icpc, eventLabel, event, null, today, "");
    }

    private MeasureResult outcomeToReferrer(CaseDates d, LocalDate today) {
        if (d.referralDecisionDate() == null) {
            if (d.referralDate() != null && d.outcomeToReferrerDate() == null) {
                LocalDate decisionDue = dueDate(settings.rule(Measure.REFERRAL_DECISION), d.referralDate());
                if (!today.isAfter(decisionDue)) {
                    return new MeasureResult(Measure.OUTCOME_TO_REFERRER, MeasureStatus.PENDING, null, null,
                            null, null, null,
                            emptyStamp(), "referral " + fmt(d.referralDate()) + ", waiting for the referral decision; "
                            + emptyStamp().describe());
                }
            }
            return noResult(Measure.OUTCOME_TO_REFERRER, MeasureStatus.DATA_MISSING,
                    "no referral decision date recorded");
        }
        LocalDateTime sent = d.outcomeToReferrerDate();
        return timed(Measure.OUTCOME_TO_REFERRER, "referral decision", d.referralDecisionDate(), "outcome to referrer",
                sent == null ? null : sent.toLocalDate(), sent, today, "");
    }

    /** The common rule: due date from start, then met / missed / pending / overdue. */
    private MeasureResult timed(Measure measure, String startLabel, LocalDate start, String eventLabel, LocalDate event,
            LocalDateTime eventTime, LocalDate today, String note) {
        TimescaleRule rule = settings.rule(measure);
        LocalDate due = dueDate(rule, start);
        CalendarStamp stamp = calendar.stamp(start, due);
        String ruleText = switch (rule.unit()) {
            case WORKING_DAYS -> "";
            case CALENDAR_MONTHS -> " (" + rule.describe()
                    + "; a day missing from the shorter month becomes its last day)";
            case HOURS -> " (" + rule.describe() + " from the end of " + fmt(start) + ")";
        };
        if (event != null) {
            if (event.isBefore(start)) {
                return new MeasureResult(measure, MeasureStatus.DATA_MISSING, start, due, event, null, null, stamp,
                        eventLabel + " " + fmt(event) + " is before the " + startLabel + " " + fmt(start)
                        + ": check the dates");
            }
            WorkingDaysResult taken = calendar.workingDaysBetween(start, event);
            stamp = stamp.plus(taken.stamp());
            boolean met;
            String lateText = "";
            if (rule.unit() == TimescaleUnit.HOURS && eventTime != null) {
                LocalDateTime deadline = hoursDeadline(rule, start);
                met = !eventTime.isAfter(deadline);
                if (!met) {
                    lateText = "; " + lateness(Duration.between(deadline, eventTime)) + " late";
                }
            } else {
                met = !event.isAfter(due);
            }
            Integer late = null;
            if (!met) {
                WorkingDaysResult lateBy = calendar.workingDaysBetween(due, event);
                late = lateBy.workingDays();
                stamp = stamp.plus(lateBy.stamp());
            }
            String eventText = eventTime != null && rule.unit() == TimescaleUnit.HOURS ? UK_DATE_TIME.format(
                    eventTime) : fmt(event);
            String explanation = startLabel + " " + fmt(start) + ", " + eventLabel + " " + eventText + ": "
                    + days(taken.workingDays()) + "; due " + fmt(due) + ruleText + lateText + "; " + stamp.describe();
            return new MeasureResult(measure, met ? MeasureStatus.MET : MeasureStatus.MISSED, start, due, event,
                    taken.workingDays(), late, stamp, explanation);
        }
        if (today.isAfter(due)) {
            WorkingDaysResult overdue = calendar.workingDaysBetween(due, today);
            stamp = stamp.plus(overdue.stamp());
            String explanation = startLabel + " " + fmt(start) + ", no " + eventLabel + " recorded: due " + fmt(
                    due) + ruleText
                    + ", overdue by " + days(overdue.workingDays()) + " on " + fmt(today) + note + "; "
                    + stamp.describe();
            return new MeasureResult(measure, MeasureStatus.OVERDUE, start, due, null, null, overdue.workingDays(),
                    stamp, explanation);
        }
        WorkingDaysResult left = calendar.workingDaysBetween(today, due);
        stamp = stamp.plus(left.stamp());
        String explanation = startLabel + " " + fmt(start) + ", no " + eventLabel + " yet: due " + fmt(due) + ruleText
                + ", " + days(left.workingDays()) + " left on " + fmt(today) + note + "; " + stamp.describe();
        return new MeasureResult(measure, MeasureStatus.PENDING, start, due, null, null, null, stamp, explanation);
    }

    private LocalDate dueDate(TimescaleRule rule, LocalDate start) {
        return switch (rule.unit()) {
            case WORKING_DAYS -> calendar.addWorkingDays(start, rule.amount()).end();
            case CALENDAR_MONTHS -> start.plusMonths(rule.amount());
            case HOURS -> hoursDeadline(rule, start).minusNanos(1).toLocalDate();
        };
    }

    private static LocalDateTime hoursDeadline(TimescaleRule rule, LocalDate start) {
        return start.plusDays(1).atStartOfDay().plusHours(rule.amount());
    }

    private MeasureResult noResult(Measure measure, MeasureStatus status, String explanation) {
        return new MeasureResult(measure, status, null, null, null, null, null, emptyStamp(), explanation);
    }

    private CalendarStamp emptyStamp() {
        return CalendarStamp.of(calendar.version(), List.of());
    }

    private static String lateness(Duration late) {
        long minutes = Math.max(1, late.toMinutes());
        if (minutes < 60) {
            return minutes + (minutes == 1 ? " minute" : " minutes");
        }
        long hours = late.toHours();
        return hours + (hours == 1 ? " hour" : " hours");
    }

    private static String days(int n) {
        return n + (Math.abs(n) == 1 ? " working day" : " working days");
    }

    private static String fmt(LocalDate date) {
        return UK_DATE.format(date);
    }
}
