package org.caseaudit.multiagency;

/** The panel's conclusion for one child on one domain. */
public record Conclusion(long childId, PanelDomain domain, Grade grade, String rationale) {
}
