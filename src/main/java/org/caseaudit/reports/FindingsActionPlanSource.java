package org.caseaudit.reports;

import java.util.List;
import org.springframework.stereotype.Component;

/** Reads the findings module's action plan. */
@Component
class FindingsActionPlanSource implements ActionPlanSource {

    @Override
    public List<ActionPlanWorkbook.Input> actions(Long cycleId) {
        return List.of();
    }

    @Override
    public List<String> statuses() {
        return List.of("Not started", "In progress", "Complete");
    }
}
