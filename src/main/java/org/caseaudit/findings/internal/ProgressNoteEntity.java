package org.caseaudit.findings.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.TenantId;

/** A dated progress note on an action: append-only (no setters, immutable to Hibernate). */
@Entity
@Immutable
@Table(name = "action_progress_note")
public class ProgressNoteEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** The council this row belongs to (decision 0012): set and filtered by Hibernate, never by hand. */
    @TenantId
    @Column(name = "council_id", nullable = false, updatable = false)
    private Long councilId;

    @Column(name = "action_id", nullable = false)
    private long actionId;

    @Column(name = "noted_on", nullable = false)
    private LocalDate notedOn;

    @Column(name = "noted_at", nullable = false)
    private Instant notedAt;

    @Column(nullable = false, length = 100)
    private String author;

    @Column(nullable = false, columnDefinition = "text")
    private String note;

    protected ProgressNoteEntity() {
    }

    public ProgressNoteEntity(long actionId, LocalDate notedOn, Instant notedAt, String author, String note) {
        this.actionId = actionId;
        this.notedOn = notedOn;
        this.notedAt = notedAt;
        this.author = author;
        this.note = note;
    }

    public Long getId() { return id; }
    public long getActionId() { return actionId; }
    public LocalDate getNotedOn() { return notedOn; }
    public Instant getNotedAt() { return notedAt; }
    public String getAuthor() { return author; }
    public String getNote() { return note; }
}
