package org.caseaudit.templates.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A checklist template, identified by the id written in its files; its content lives in its versions. */
@Entity
@Table(name = "checklist_template")
public class TemplateEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "template_key", nullable = false, updatable = false, length = 100)
    private String templateKey;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected TemplateEntity() {
    }

    public TemplateEntity(String templateKey, Instant createdAt) {
        this.templateKey = templateKey;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public String getTemplateKey() {
        return templateKey;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
