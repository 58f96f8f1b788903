package org.caseaudit.multiagency;

import java.time.LocalDate;

/**
 * A recommendation of the panel, also an action in the action plan ({@code actionId}), owned by an agency
 * ({@code agency}, may be null) and/or a delivery group ({@code deliveryGroup}, its name; may be null).
 */
public record Recommendation(long id, long auditId, Agency agency, String deliveryGroup, String text,
        LocalDate dueDate, long actionId) {

    public String owner() {
        return agency == null ? deliveryGroup
                : deliveryGroup == null ? agency.name() : agency.name() + "; " + deliveryGroup;
    }
}
