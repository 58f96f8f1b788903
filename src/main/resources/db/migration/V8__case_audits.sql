-- Case audits (module audit): one row per audit of one case in one cycle by one person. A moderation is a second
-- audit of the same case on the same template (kind MODERATION) pointing at the audit it moderates. Answers are
-- one row per question, created when the audit starts, each with its own optimistic-lock version so autosave of one
-- question never conflicts with another. History of answers and audits is written by Hibernate Envers into the
-- *_history tables (one row per committed change) with the revision's user and time in audit_revision.

CREATE TABLE case_audit (
    id                 BIGINT       NOT NULL AUTO_INCREMENT,
    cycle_id           BIGINT       NOT NULL,
    case_id            BIGINT       NOT NULL,
    case_reference     VARCHAR(100) NOT NULL,
    template_key       VARCHAR(100) NOT NULL,
    template_version   INT          NOT NULL,
    kind               VARCHAR(20)  NOT NULL,
    moderates_audit_id BIGINT       NULL,
    blind              BOOLEAN      NOT NULL DEFAULT TRUE,
    auditor            VARCHAR(100) NOT NULL,
    due_date           DATE         NULL,
    status             VARCHAR(20)  NOT NULL,
    overall_grade      VARCHAR(60)  NULL,
    grade_rationale    TEXT         NULL,
    strengths          TEXT         NULL,
    created_at         DATETIME(6)  NOT NULL,
    started_at         DATETIME(6)  NULL,
    submitted_at       DATETIME(6)  NULL,
    reopened_at        DATETIME(6)  NULL,
    reopened_by        VARCHAR(100) NULL,
    reopen_reason      TEXT         NULL,
    moderated_at       DATETIME(6)  NULL,
    version            BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_case_audit_moderates UNIQUE (moderates_audit_id),
    CONSTRAINT fk_case_audit_moderates FOREIGN KEY (moderates_audit_id) REFERENCES case_audit (id),
    CONSTRAINT ck_case_audit_kind CHECK (kind IN ('AUDIT', 'MODERATION')),
    CONSTRAINT ck_case_audit_status CHECK (status IN ('NOT_STARTED', 'IN_PROGRESS', 'SUBMITTED', 'MODERATED', 'CLOSED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_case_audit_auditor ON case_audit (auditor, status);
CREATE INDEX ix_case_audit_cycle ON case_audit (cycle_id, kind);
CREATE INDEX ix_case_audit_case ON case_audit (case_id);

CREATE TABLE audit_answer (
    id                 BIGINT        NOT NULL AUTO_INCREMENT,
    case_audit_id      BIGINT        NOT NULL,
    question_key       VARCHAR(100)  NOT NULL,
    position           INT           NOT NULL,
    answer_value       TEXT          NULL,
    evidence_note      TEXT          NULL,
    file_reference     VARCHAR(500)  NULL,
    derivation         VARCHAR(60)   NULL,
    derived_value      VARCHAR(200)  NULL,
    derived_provenance VARCHAR(1000) NULL,
    override_reason    TEXT          NULL,
    updated_at         DATETIME(6)   NULL,
    updated_by         VARCHAR(100)  NULL,
    version            BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_audit_answer_question UNIQUE (case_audit_id, question_key),
    CONSTRAINT fk_audit_answer_audit FOREIGN KEY (case_audit_id) REFERENCES case_audit (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The answer agreed after moderation (by the audit lead or the moderator), with the reason.
CREATE TABLE audit_agreed_answer (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    case_audit_id BIGINT       NOT NULL,
    question_key  VARCHAR(100) NOT NULL,
    answer_value  TEXT         NULL,
    reason        TEXT         NOT NULL,
    agreed_by     VARCHAR(100) NOT NULL,
    agreed_at     DATETIME(6)  NOT NULL,
    version       BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_audit_agreed_answer UNIQUE (case_audit_id, question_key),
    CONSTRAINT fk_audit_agreed_answer_audit FOREIGN KEY (case_audit_id) REFERENCES case_audit (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Hibernate Envers: one revision per committing transaction that changed an audited entity.
CREATE TABLE audit_revision (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    revision_at DATETIME(6)  NOT NULL,
    username    VARCHAR(100) NOT NULL,
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE audit_answer_history (
    id                 BIGINT        NOT NULL,
    rev                BIGINT        NOT NULL,
    rev_type           TINYINT       NULL,
    case_audit_id      BIGINT        NULL,
    question_key       VARCHAR(100)  NULL,
    position           INT           NULL,
    answer_value       TEXT          NULL,
    evidence_note      TEXT          NULL,
    file_reference     VARCHAR(500)  NULL,
    derivation         VARCHAR(60)   NULL,
    derived_value      VARCHAR(200)  NULL,
    derived_provenance VARCHAR(1000) NULL,
    override_reason    TEXT          NULL,
    updated_at         DATETIME(6)   NULL,
    updated_by         VARCHAR(100)  NULL,
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_audit_answer_history_rev FOREIGN KEY (rev) REFERENCES audit_revision (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE case_audit_history (
    id                 BIGINT       NOT NULL,
    rev                BIGINT       NOT NULL,
    rev_type           TINYINT      NULL,
    cycle_id           BIGINT       NULL,
    case_id            BIGINT       NULL,
    case_reference     VARCHAR(100) NULL,
    template_key       VARCHAR(100) NULL,
    template_version   INT          NULL,
    kind               VARCHAR(20)  NULL,
    moderates_audit_id BIGINT       NULL,
    blind              BOOLEAN      NULL,
    auditor            VARCHAR(100) NULL,
    due_date           DATE         NULL,
    status             VARCHAR(20)  NULL,
    overall_grade      VARCHAR(60)  NULL,
    grade_rationale    TEXT         NULL,
    strengths          TEXT         NULL,
    created_at         DATETIME(6)  NULL,
    started_at         DATETIME(6)  NULL,
    submitted_at       DATETIME(6)  NULL,
    reopened_at        DATETIME(6)  NULL,
    reopened_by        VARCHAR(100) NULL,
    reopen_reason      TEXT         NULL,
    moderated_at       DATETIME(6)  NULL,
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_case_audit_history_rev FOREIGN KEY (rev) REFERENCES audit_revision (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_audit_answer_history_audit ON audit_answer_history (case_audit_id, question_key);
