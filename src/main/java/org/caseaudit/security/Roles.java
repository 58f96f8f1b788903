package org.caseaudit.security;

/** Role names as compile-time constants for {@code @RolesAllowed}. Kept equal to {@link Role#name()} (tested). */
public final class Roles {

    public static final String ADMIN = "ADMIN";
    public static final String AUDIT_LEAD = "AUDIT_LEAD";
    public static final String AUDITOR = "AUDITOR";
    public static final String MODERATOR = "MODERATOR";
    public static final String INDEPENDENT_MEMBER = "INDEPENDENT_MEMBER";
    public static final String PANEL_VIEWER = "PANEL_VIEWER";
    public static final String TEAM_MANAGER = "TEAM_MANAGER";
    /**
     * A partner agency's audit co-ordinator (police, health, education, children's social care): multi-agency audits
     * only.
     */
    public static final String AGENCY_COORDINATOR = "AGENCY_COORDINATOR";

    /**
     * A safeguarding partnership's quality-assurance lead: aggregate figures of the councils of the partnership
     * (through the disclosure-control policy), the cross-council comparison and its pack; never a case.
     */
    public static final String PARTNERSHIP_LEAD = "PARTNERSHIP_LEAD";
    /** A partnership panel member: the partnership lead's aggregate figures, read-only. */
    public static final String PARTNERSHIP_PANEL = "PARTNERSHIP_PANEL";

    private Roles() {
    }
}
