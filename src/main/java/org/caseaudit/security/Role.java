package org.caseaudit.security;

/** The workbench's roles. Annotations use the names in {@link Roles}; Spring Security adds the ROLE_ prefix. */
public enum Role {
    ADMIN("Administrator"),
    AUDIT_LEAD("Audit lead"),
    AUDITOR("Auditor"),
    MODERATOR("Moderator"),
    INDEPENDENT_MEMBER("Independent member"),
    PANEL_VIEWER("Scrutiny panel"),
    TEAM_MANAGER("Team manager"),
    AGENCY_COORDINATOR("Agency co-ordinator"),
    PARTNERSHIP_LEAD("Partnership QA lead"),
    PARTNERSHIP_PANEL("Partnership panel");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
