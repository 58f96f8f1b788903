package org.caseaudit.audit;

import java.time.LocalDate;

/**
 * What the nightly case-data retention does to each register row and each audit (decision 0010). Pure: dates come in
 * as parameters; the run ({@code CaseDataRetentionRunner}) asks the database only for the facts.
 * <ul>
 * <li>A register row whose last activity (its latest date, or the last import that saw it) is before the cut-off is
 * <b>deleted</b> when no sample or audit names it, <b>anonymised</b> (child reference, worker, manager, referral
 * source removed; dates and team kept) when one does, and <b>kept</b> while any of its cycles is not complete.</li>
 * <li>An audit of a complete cycle that ended before the cut-off has its free text removed; its answers, grades and
 * dates stay, so the figures of past cycles still reconcile with the committee packs already issued.</li>
 * </ul>
 */
public final class CaseRetentionRule {

    /** Never less than this many months: the database refuses to anonymise an audit younger than that too (V30_1). */
    public static final int MINIMUM_MONTHS = 12;
    public static final int MAXIMUM_MONTHS = 1200;

    public enum RegisterAction { KEEP, ANONYMISE, DELETE }

    private CaseRetentionRule() {
    }

    /** The first day that is still within the retention period: anything before it has expired. */
    public static LocalDate cutoff(LocalDate today, int months) {
        return today.minusMonths(Math.max(months, MINIMUM_MONTHS));
    }

    public static RegisterAction register(LocalDate lastActivity, boolean named, boolean inOpenCycle,
                                          boolean anonymised, LocalDate cutoff) {
        if (!lastActivity.isBefore(cutoff) || inOpenCycle) {
            return RegisterAction.KEEP;
        }
        if (!named) {
            return RegisterAction.DELETE;
        }
        return anonymised ? RegisterAction.KEEP : RegisterAction.ANONYMISE;
    }

    /**
     * Whether an audit's free text is due for removal; {@code cycleEnded} is the later of the period end and due date.
     */
    public static boolean anonymiseAudit(boolean cycleComplete, LocalDate cycleEnded, boolean hasFreeText,
                                         LocalDate cutoff) {
        return cycleComplete && hasFreeText && cycleEnded.isBefore(cutoff);
    }
}
