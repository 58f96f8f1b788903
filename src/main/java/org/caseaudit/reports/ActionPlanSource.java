package org.caseaudit.reports;

import java.util.List;

/** The action plan as the workbook needs it (from the findings module's action plan). */
interface ActionPlanSource {

    /** One cycle's actions, or every open and recently closed action when {@code cycleId} is null. */
    default List<ActionPlanWorkbook.Input> actions(Long cycleId) {
        return actions(cycleId, null);
    }

    /** As {@link #actions(Long)}, only the actions owned by one delivery group when {@code deliveryGroupId} is set. */
    List<ActionPlanWorkbook.Input> actions(Long cycleId, Long deliveryGroupId);

    /** The status words of the drop-down. */
    List<String> statuses();
}
