package org.caseaudit.templates.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A question of a stored template version, denormalised from its content for queries. Never changes. */
@Entity
@Table(name = "checklist_question")
public class QuestionEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "template_version_id", nullable = false, updatable = false)
    private TemplateVersionEntity templateVersion;

    @Column(name = "question_key", nullable = false, updatable = false, length = 100)
    private String questionKey;

    @Column(name = "section_key", nullable = false, updatable = false, length = 100)
    private String sectionKey;

    @Column(nullable = false, updatable = false)
    private int position;

    @Column(nullable = false, updatable = false, columnDefinition = "text")
    private String text;

    @Column(nullable = false, updatable = false, length = 30)
    private String scale;

    @Column(name = "key_measure", nullable = false, updatable = false)
    private boolean keyMeasure;

    @Column(updatable = false, length = 60)
    private String derivation;

    @Column(updatable = false, length = 100)
    private String theme;

    protected QuestionEntity() {
    }

    QuestionEntity(TemplateVersionEntity templateVersion, String questionKey, String sectionKey,
            int position, String text,
            String scale, boolean keyMeasure, String derivation, String theme) {
        this.templateVersion = templateVersion;
        this.questionKey = questionKey;
        this.sectionKey = sectionKey;
        this.position = position;
        this.text = text;
        this.scale = scale;
        this.keyMeasure = keyMeasure;
        this.derivation = derivation;
        this.theme = theme;
    }

    public String getQuestionKey() {
        return questionKey;
    }

    public String getSectionKey() {
        return sectionKey;
    }

    public int getPosition() {
        return position;
    }

    public String getText() {
        return text;
    }

    public String getScale() {
        return scale;
    }

    public boolean isKeyMeasure() {
        return keyMeasure;
    }

    public String getDerivation() {
        return derivation;
    }

    public String getTheme() {
        return theme;
    }
}
