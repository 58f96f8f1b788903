package org.caseaudit.multiagency;

import java.time.LocalDate;
import org.caseaudit.cases.S47Outcome;

/**
 * The theme filter a seeded cohort is drawn within: the register's cases of a team, whose S47 enquiry started in a
 * period, with an outcome; every part optional. Only cases with a child reference (what agencies receive) are drawn.
 */
public record CohortFilter(String team, LocalDate from, LocalDate to, S47Outcome outcome) {
}
