package org.caseaudit.findings;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One action of the action plan in the committee's form: Issue identified | Action taken by the service | Owner |
 * Due date | Status, with the RAG (and its words), progress notes (oldest first), evidence of completion and the
 * re-audit cycle that checks it. {@code overdue}, {@code rag} and {@code ragReason} are computed with the clock when
 * the item is read (see {@link ActionRules}). The owner is a user ({@code ownerUsername}) or a named role or person
 * ({@code ownerName}), or both, and may also be a delivery group ({@code deliveryGroupId}, its name and chair).
 */
public record ActionItem(
        long id,
        long version,
        Long sourceCycleId,
        String sourceCycleName,
        String templateId,
        String theme,
        List<String> questionIds,
        String issue,
        String action,
        String ownerUsername,
        String ownerName,
        String ownerFullName,
        String ownerAccountRole,
        Long deliveryGroupId,
        String deliveryGroup,
        String deliveryGroupChair,
        LocalDate dueDate,
        ActionStatus status,
        boolean overdue,
        Rag rag,
        String ragReason,
        String evidence,
        LocalDate completedOn,
        String completedBy,
        Long reauditCycleId,
        String createdBy,
        Instant createdAt,
        List<ProgressNote> notes) {

    public ActionItem {
        questionIds = List.copyOf(questionIds);
        notes = List.copyOf(notes);
    }

    /** "A-12": the reference committees use. */
    public String reference() {
        return "A-" + id;
    }

    /**
     * The owner by name and role, never by username: "Tom Price, Team Manager, South Assessment Team" (the user's
     * name and the role written on the action, or else the account's role and team), or the role alone when no user
     * owns it.
     */
    public String owner() {
        String role = personRole();
        String person;
        if (ownerUsername == null) {
            person = role;
        } else {
            String name = ownerFullName == null || ownerFullName.isBlank() ? "A former user" : ownerFullName;
            person = "Not assigned".equals(role) ? name : name + ", " + role;
        }
        if (deliveryGroup == null) {
            return person;
        }
        String group = deliveryGroup + " (chair: " + deliveryGroupChair + ")";
        return "Not assigned".equals(person) ? group : person + "; " + group;
    }

    /**
     * The owner's role only (what the scrutiny panel sees): the role written on the action, or the account's, and the
     * owning delivery group ("Team Manager; Front Door Delivery Group"). A group's chair is a person, so not shown.
     */
    public String ownerRole() {
        String role = personRole();
        if (deliveryGroup == null) {
            return role;
        }
        return "Not assigned".equals(role) ? deliveryGroup : role + "; " + deliveryGroup;
    }

    private String personRole() {
        if (ownerName != null && !ownerName.isBlank()) {
            return ownerName;
        }
        if (ownerAccountRole != null && !ownerAccountRole.isBlank()) {
            return ownerAccountRole;
        }
        return "Not assigned";
    }

    /**
     * The status with the reason for the RAG where it adds something: "In progress (overdue)", "In progress, due
     * soon", "Not started", "Complete".
     */
    public String statusWithReason() {
        String status = statusLabel();
        return ragReason == null || status.toLowerCase(java.util.Locale.UK).contains(ragReason) ? status
                : status + ", " + ragReason;
    }

    /** "Red \u2013 overdue": the RAG always in words. */
    public String ragLabel() {
        return rag.label() + " \u2013 " + ragReason;
    }

    /** "Overdue" when overdue, else the status. */
    public String statusLabel() {
        return overdue ? status.label() + " (overdue)" : status.label();
    }

    /**
     * The issue as the panel and anonymised outputs show it: the theme ("Theme: Consent"), never the lead's free
     * text, whose counts of files could disclose.
     */
    public String themeIssue() {
        return theme == null || theme.isBlank() ? "Issue written by the audit lead (shown in the full version)"
                : "Theme: " + Theme.label(theme);
    }

    public boolean open() {
        return status != ActionStatus.COMPLETE;
    }

    /** A dated, append-only progress note. */
    public record ProgressNote(LocalDate notedOn, Instant notedAt, String author, String text) {
    }
}
