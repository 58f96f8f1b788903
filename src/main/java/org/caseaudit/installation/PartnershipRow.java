package org.caseaudit.installation;

/** A safeguarding partnership of the installation. */
public record PartnershipRow(long id, String code, String name) {
}
