package org.caseaudit.multiagency.ui;

import org.caseaudit.multiagency.MultiAgencyException;
import org.caseaudit.shared.ui.Notifications;
import org.springframework.dao.OptimisticLockingFailureException;

/** How the multi-agency views run a service action: one wording for done, refused and changed meanwhile. */
final class ViewActions {

    private ViewActions() {
    }

    /**
     * Runs {@code action}; when it is done says {@code done} and redraws the page. A refusal is said in its own words
     * and nothing is redrawn; a clash with someone else's change (on {@code what}, e.g. "this audit") redraws the page
     * to show what is stored now.
     */
    static void run(Runnable action, String done, Runnable redraw, String what) {
        try {
            action.run();
            Notifications.success(done);
            redraw.run();
        } catch (MultiAgencyException e) {
            Notifications.error(e.getMessage());
        } catch (OptimisticLockingFailureException e) {
            Notifications.concurrentChange(what, "the page shows it as it is now; try again");
            redraw.run();
        }
    }
}
