package org.caseaudit.templates.internal;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.BatchSize;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One stored version of a template. Its content (canonical JSON, SHA-256, questions) is fixed at creation: the columns
 * are not updatable and there are no setters. The only change is being marked used
 * ({@link TemplateVersionRepository#markUsed}), which cannot be undone.
 */
@Entity
@Table(name = "checklist_template_version")
public class TemplateVersionEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "template_id", nullable = false, updatable = false)
    private TemplateEntity template;

    @Column(name = "version_no", nullable = false, updatable = false)
    private int versionNumber;

    @Column(nullable = false, updatable = false, length = 500)
    private String title;

    @Column(name = "case_types", nullable = false, updatable = false, length = 500)
    private String caseTypes;

    @Column(name = "content_json", nullable = false, updatable = false, columnDefinition = "longtext")
    private String contentJson;

    @Column(nullable = false, updatable = false, length = 64, columnDefinition = "char(64)")
    private String sha256;

    @Column(name = "source_file", nullable = false, updatable = false)
    private String sourceFile;

    @Column(nullable = false, updatable = false, length = 20)
    private String source;

    @Column(name = "stored_at", nullable = false, updatable = false)
    private Instant storedAt;

    @Column(name = "stored_by", nullable = false, updatable = false, length = 100)
    private String storedBy;

    @Column(name = "in_use", nullable = false)
    private boolean inUse;

    @Column(name = "first_used_at")
    private Instant firstUsedAt;

    @Version
    private long version;

    @OneToMany(mappedBy = "templateVersion", cascade = CascadeType.ALL, orphanRemoval = true)
    @BatchSize(size = 50)
    @OrderBy("position")
    private List<QuestionEntity> questions = new ArrayList<>();

    protected TemplateVersionEntity() {
    }

    public TemplateVersionEntity(TemplateEntity template, int versionNumber, String title, String caseTypes,
            String contentJson, String sha256, String sourceFile, String source, Instant storedAt, String storedBy) {
        this.template = template;
        this.versionNumber = versionNumber;
        this.title = title;
        this.caseTypes = caseTypes;
        this.contentJson = contentJson;
        this.sha256 = sha256;
        this.sourceFile = sourceFile;
        this.source = source;
        this.storedAt = storedAt;
        this.storedBy = storedBy;
    }

    public void addQuestion(String questionKey, String sectionKey, String text, String scale, boolean keyMeasure,
            String derivation, String theme) {
        questions.add(new QuestionEntity(this, questionKey, sectionKey, questions.size() + 1, text, scale, keyMeasure,
                derivation, theme));
    }

    public Long getId() {
        return id;
    }

    public TemplateEntity getTemplate() {
        return template;
    }

    public int getVersionNumber() {
        return versionNumber;
    }

    public String getTitle() {
        return title;
    }

    public String getCaseTypes() {
        return caseTypes;
    }

    public String getContentJson() {
        return contentJson;
    }

    public String getSha256() {
        return sha256;
    }

    public String getSourceFile() {
        return sourceFile;
    }

    public String getSource() {
        return source;
    }

    public Instant getStoredAt() {
        return storedAt;
    }

    public String getStoredBy() {
        return storedBy;
    }

    public boolean isInUse() {
        return inUse;
    }

    public Instant getFirstUsedAt() {
        return firstUsedAt;
    }

    public List<QuestionEntity> getQuestions() {
        return Collections.unmodifiableList(questions);
    }
}
