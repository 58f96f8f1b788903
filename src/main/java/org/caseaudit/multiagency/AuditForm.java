package org.caseaudit.multiagency;

import java.time.LocalDate;
import java.util.List;

/**
 * What the lead enters to set up a multi-agency audit: the theme, the deadlines, the agencies taking part and the
 * cohort (case references from the register, each with an optional date of birth).
 */
public record AuditForm(String theme, LocalDate returnsDue, LocalDate panelDate, List<Long> agencyIds,
        List<Nomination> children) {

    public AuditForm {
        agencyIds = agencyIds == null ? List.of() : List.copyOf(agencyIds);
        children = children == null ? List.of() : List.copyOf(children);
    }

    /** One child: the case reference in the register and, optionally, the date of birth. */
    public record Nomination(String caseReference, LocalDate dateOfBirth) {
    }
}
