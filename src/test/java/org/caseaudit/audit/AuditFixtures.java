package org.caseaudit.audit;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.caseaudit.cases.CaseData;
import org.caseaudit.cases.S47Outcome;

/** Case files and signed-in users for audit tests. */
public final class AuditFixtures {

    private AuditFixtures() {
    }

    /** Runs {@code work} signed in as {@code username} with {@code roles}, then restores the previous context. */
    public static <T> T as(String username, Callable<T> work, String... roles) {
        return org.caseaudit.security.RunAs.as(username, () -> {
            try {
                return work.call();
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }, roles);
    }

    public static void asRun(String username, Runnable work, String... roles) {
        as(username, () -> {
            work.run();
            return null;
        }, roles);
    }

    /**
     * An S47 case: strategy discussion Mon 02/03/2026, ICPC 26/03/2026 (late: due 23/03), consent sought on the day
     * of referral, chronology on file and recent, no management oversight date.
     */
    public static CaseData s47Case(String reference) {
        return s47Case(reference, "North Assessment Team");
    }

    /** The same S47 case in another team. */
    public static CaseData s47Case(String reference, String team) {
        return s47Case(reference, team, 2026);
    }

    /** The same S47 case in another team and year (its S47 enquiry started on 2 March of {@code year}). */
    public static CaseData s47Case(String reference, String team, int year) {
        return new CaseData(reference, "CH-" + reference, team, "Sam Worker", "Terry Manager",
                LocalDate.of(year, 3, 2), "Police", LocalDate.of(year, 3, 2), List.of(LocalDate.of(year, 3, 2)),
                LocalDate.of(year, 3, 2), S47Outcome.ICPC, LocalDate.of(year, 3, 20),
                LocalDate.of(year, 3, 26), LocalDate.of(year, 3, 2), null, null,
                true, LocalDate.of(year, 3, 2), false, null, true, LocalDate.of(year, 9, 1), null,
                LocalDate.of(year, 3, 3), 2);
    }
}
