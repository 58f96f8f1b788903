package org.caseaudit.suites.failsafe;

/**
 * The class names of failsafe's suites: the journeys of part 1 (about half of the journeys' time, docs/testing.md)
 * and every {@code *IT} class.
 */
final class FailsafeSuitePatterns {

    /** Every {@code *IT} class of the application's packages (nested classes only through their enclosing class). */
    static final String IT = "^org\\.caseaudit\\.(.*\\.)?[^.$]*IT$";

    /**
     * Part 1's journeys: the longest ones, about half of the journeys' class time in a whole run (AccessibilityIT
     * 92 s, MultiAgencyJourneyIT 47 s, PartnershipJourneyIT 35 s, NarrowListsIT 33 s, PhoneAuditJourneyIT 15 s,
     * SignInJourneyIT 7 s, HtmlTwinAccessibilityIT 4 s); part 2 takes the rest, so a new journey always runs.
     */
    static final String PART_1 = "^org\\.caseaudit\\.journeys\\.(AccessibilityIT|MultiAgencyJourneyIT"
            + "|PartnershipJourneyIT|NarrowListsIT|PhoneAuditJourneyIT|SignInJourneyIT|HtmlTwinAccessibilityIT)$";

    /** The log scan, failsafe's last execution of its own. */
    static final String LOG_SCAN = "^org\\.caseaudit\\.security\\.LogScanIT$";

    private FailsafeSuitePatterns() {
    }
}
