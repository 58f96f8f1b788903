package org.caseaudit.reminders;

/**
 * What needs one user, as counts only (an email is not a secure channel: no case reference, name or team).
 *
 * @param notStarted        audits and moderations assigned and not started
 * @param dueSoon           audits and moderations due within the reminder's working days
 * @param overdue           audits and moderations past their due date
 * @param moderationsReady  moderations whose audit has been submitted, not started
 * @param sharedAwaiting    audits shared with the user (a team manager) without their reply
 * @param actionsDueSoon    open actions owned by the user due within the working days
 * @param actionsOverdue    open actions owned by the user past their due date
 */
public record Counts(int notStarted, int dueSoon, int overdue, int moderationsReady, int sharedAwaiting,
                     int actionsDueSoon, int actionsOverdue) {

    public static final Counts NONE = new Counts(0, 0, 0, 0, 0, 0, 0);

    public boolean any() {
        return notStarted + dueSoon + overdue + moderationsReady + sharedAwaiting + actionsDueSoon + actionsOverdue > 0;
    }

    public boolean anyOverdue() {
        return overdue + actionsOverdue > 0;
    }

    /** Only the overdue counts (what a compulsory overdue reminder sends to a user who chose none). */
    public Counts overdueOnly() {
        return new Counts(0, 0, overdue, 0, 0, 0, actionsOverdue);
    }
}
