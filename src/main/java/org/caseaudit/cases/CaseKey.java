package org.caseaudit.cases;

/** The least a sampling frame needs of a case: its id, its reference and its team. */
public record CaseKey(long id, String caseReference, String team) {
}
