package org.caseaudit.audit;

/** An auditor's audit of a case, or a moderator's second audit of the same case on the same template. */
public enum AuditKind {
    AUDIT("Audit"),
    MODERATION("Moderation");

    private final String label;

    AuditKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
