package org.caseaudit.multiagency;

import java.time.LocalDate;

/**
 * A child of the cohort as one reader may see it: {@code label} ("Child A") always; the child's reference and date of
 * birth only where the reader may see them (null otherwise).
 */
public record Child(long id, String label, String childReference, LocalDate dateOfBirth) {
}
