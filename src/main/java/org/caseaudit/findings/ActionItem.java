package org.caseaudit.findings;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One action of the action plan in the committee's form: Issue identified | Action taken by the service | Owner |
 * Due date | Status, with the RAG (and its words), progress notes (oldest first), evidence of completion and the
 * re-audit cycle that checks it. {@code overdue}, {@code rag} and {@code ragReason} are computed with the clock when
 * the item is read (see {@link ActionRules}). The owner is a user ({@code ownerUsername}) or a named role or person
 * ({@code ownerName}), or both.
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

    /** The owner as shown: the named role or person, the username, or both. */
    public String owner() {
        if (ownerName != null && ownerUsername != null) {
            return ownerName + " (" + ownerUsername + ")";
        }
        return ownerName != null ? ownerName : ownerUsername != null ? ownerUsername : "Not assigned";
    }

    /** "Red \u2013 overdue": the RAG always in words. */
    public String ragLabel() {
        return rag.label() + " \u2013 " + ragReason;
    }

    /** "Overdue" when overdue, else the status. */
    public String statusLabel() {
        return overdue ? status.label() + " (overdue)" : status.label();
    }

    public boolean open() {
        return status != ActionStatus.COMPLETE;
    }

    /** A dated, append-only progress note. */
    public record ProgressNote(LocalDate notedOn, Instant notedAt, String author, String text) {
    }
}
