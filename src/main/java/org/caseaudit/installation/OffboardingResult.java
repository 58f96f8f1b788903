package org.caseaudit.installation;

import java.util.Map;

/** What an offboarding deleted: rows per table and the users who belonged to that council only. */
public record OffboardingResult(long councilId, String code, Map<String, Integer> rowsDeleted, int usersDeleted) {

    public int totalRows() {
        return rowsDeleted.values().stream().mapToInt(Integer::intValue).sum();
    }
}
