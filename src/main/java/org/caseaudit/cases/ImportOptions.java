package org.caseaudit.cases;

/**
 * Choices made for one import. {@code source} overrides the profile's source system name when not blank;
 * {@code acceptNewTeams} adds teams not yet known instead of rejecting their rows.
 */
public record ImportOptions(String source, boolean acceptNewTeams) {

    public static ImportOptions defaults() {
        return new ImportOptions(null, false);
    }
}
