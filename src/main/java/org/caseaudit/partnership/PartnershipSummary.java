package org.caseaudit.partnership;

import java.util.List;

/** The signed-in partnership user's partnership and its active councils (names only), by name. */
public record PartnershipSummary(long id, String name, List<String> councils) {
}
