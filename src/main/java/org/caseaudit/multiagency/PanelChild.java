package org.caseaudit.multiagency;

import java.util.List;

/** Everything the panel reads for one child: every agency's return side by side, and its conclusions so far. */
public record PanelChild(long auditId, Child child, ReturnTemplate core, List<AgencyReturn> returns,
        List<Conclusion> conclusions, List<Concern> concerns) {
}
