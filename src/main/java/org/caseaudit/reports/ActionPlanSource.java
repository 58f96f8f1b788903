package org.caseaudit.reports;

import java.util.List;

/** The action plan as the workbook needs it (from the findings module's action plan). */
interface ActionPlanSource {

    /** One cycle's actions, or every open and recently closed action when {@code cycleId} is null. */
    List<ActionPlanWorkbook.Input> actions(Long cycleId);

    /** The status words of the drop-down. */
    List<String> statuses();
}
