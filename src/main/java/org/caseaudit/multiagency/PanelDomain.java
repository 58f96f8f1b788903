package org.caseaudit.multiagency;

/** The domains a multi-agency panel grades for each child (the headings Joint Targeted Area Inspections use). */
public enum PanelDomain {
    RECOGNITION("Recognition"),
    ASSESSMENT("Assessment"),
    PLANNING_AND_INTERVENTION("Planning and intervention"),
    JOINT_WORKING("Joint working"),
    IMPACT_ON_CHILD("Impact on the child"),
    OVERALL("Overall");

    private final String label;

    PanelDomain(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
