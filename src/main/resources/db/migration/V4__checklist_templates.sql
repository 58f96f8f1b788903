-- Checklist templates (module templates). A template has versions; a stored version never changes: its canonical
-- content (JSON) and SHA-256 are fixed at insert (the entity maps them updatable = false), and a version used by an
-- audit cannot be deleted (TemplateService). No triggers: creating them needs SUPER where binary logging is on.

CREATE TABLE checklist_template (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    template_key VARCHAR(100) NOT NULL,
    created_at   DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_checklist_template_key UNIQUE (template_key)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE checklist_template_version (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    template_id   BIGINT       NOT NULL,
    version_no    INT          NOT NULL,
    title         VARCHAR(500) NOT NULL,
    case_types    VARCHAR(500) NOT NULL,
    content_json  LONGTEXT     NOT NULL CHECK (JSON_VALID(content_json)),
    sha256        CHAR(64)     NOT NULL,
    source_file   VARCHAR(255) NOT NULL,
    source        VARCHAR(20)  NOT NULL,
    stored_at     DATETIME(6)  NOT NULL,
    stored_by     VARCHAR(100) NOT NULL,
    in_use        BOOLEAN      NOT NULL DEFAULT FALSE,
    first_used_at DATETIME(6)  NULL,
    version       BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_checklist_template_version UNIQUE (template_id, version_no),
    CONSTRAINT fk_checklist_template_version_template FOREIGN KEY (template_id) REFERENCES checklist_template (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One row per question of a version, so other modules and reports can query questions without parsing JSON.
CREATE TABLE checklist_question (
    id                  BIGINT       NOT NULL AUTO_INCREMENT,
    template_version_id BIGINT       NOT NULL,
    question_key        VARCHAR(100) NOT NULL,
    section_key         VARCHAR(100) NOT NULL,
    position            INT          NOT NULL,
    text                TEXT         NOT NULL,
    scale               VARCHAR(30)  NOT NULL,
    key_measure         BOOLEAN      NOT NULL,
    derivation          VARCHAR(60)  NULL,
    theme               VARCHAR(100) NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_checklist_question UNIQUE (template_version_id, question_key),
    CONSTRAINT fk_checklist_question_version FOREIGN KEY (template_version_id)
        REFERENCES checklist_template_version (id) ON DELETE CASCADE,
    INDEX ix_checklist_question_key (question_key)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
