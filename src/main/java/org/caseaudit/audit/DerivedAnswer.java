package org.caseaudit.audit;

/**
 * An answer proposed from the case's own data. {@code value} is null when nothing can be proposed (a date missing,
 * a timescale still pending); {@code provenance} always says how the proposal was reached, in words an auditor checks
 * against the file.
 */
public record DerivedAnswer(String value, String provenance) {

    public static DerivedAnswer none(String why) {
        return new DerivedAnswer(null, why);
    }

    public boolean proposes() {
        return value != null;
    }
}
