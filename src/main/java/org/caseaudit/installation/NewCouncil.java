package org.caseaudit.installation;

/** A council to create with its first administrator (who signs in with the initial password and changes it). */
public record NewCouncil(String code, String name, Long partnershipId, String adminUsername, String adminFullName,
        String adminEmail, String adminPassword) {
}
