-- Practice beyond compliance (issue #27, module audit): collaborative audits with the practitioner and their manager,
-- and feedback from the family by a single-use link. Domain grades (the child's experience, impact) need no table:
-- they are answers to the grade questions of graded template sections (templates V2 of s47-enquiry and
-- qualitative-decision-making), read by DomainGrades.

-- Per cycle: are its audits done with the practitioner (collaborative mode)? No row: not collaborative.
CREATE TABLE cycle_practice_setting (
    cycle_id      BIGINT       NOT NULL,
    council_id    BIGINT       NOT NULL DEFAULT 1,
    collaborative BOOLEAN      NOT NULL DEFAULT FALSE,
    updated_by    VARCHAR(100) NOT NULL,
    updated_at    DATETIME(6)  NOT NULL,
    PRIMARY KEY (cycle_id),
    CONSTRAINT fk_cycle_practice_setting_cycle FOREIGN KEY (cycle_id) REFERENCES audit_cycle (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Per audit: the collaborative record. collaborative_override NULL = the cycle's setting. The practitioner's and
-- manager's names are for the audit and the feedback to the practitioner only: never read by an aggregate output.
-- agreed_grade is the overall grade the practitioner agreed or disagreed with (a later change of grade makes the
-- agreement stale).
CREATE TABLE audit_collaboration (
    case_audit_id          BIGINT        NOT NULL,
    council_id             BIGINT        NOT NULL DEFAULT 1,
    collaborative_override BOOLEAN       NULL,
    practitioner_name      VARCHAR(200)  NULL,
    practitioner_role      VARCHAR(200)  NULL,
    manager_name           VARCHAR(200)  NULL,
    manager_role           VARCHAR(200)  NULL,
    went_well              TEXT          NULL,
    do_differently         TEXT          NULL,
    agreement              VARCHAR(20)   NULL,
    agreed_grade           VARCHAR(60)   NULL,
    disagreement_reason    TEXT          NULL,
    agreement_recorded_at  DATETIME(6)   NULL,
    feedback_to_practitioner TEXT          NULL,
    updated_by             VARCHAR(100)  NOT NULL,
    updated_at             DATETIME(6)   NOT NULL,
    version                BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (case_audit_id),
    CONSTRAINT fk_audit_collaboration_audit FOREIGN KEY (case_audit_id) REFERENCES case_audit (id),
    CONSTRAINT ck_audit_collaboration_agreement CHECK (agreement IS NULL OR agreement IN ('AGREES', 'DISAGREES')),
    CONSTRAINT ck_audit_collaboration_reason CHECK (agreement IS NULL OR agreement <> 'DISAGREES'
        OR (disagreement_reason IS NOT NULL AND TRIM(disagreement_reason) <> ''))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A feedback link sent to a parent or young person: only the SHA-256 of its token is kept. cycle_id is copied from
-- the audit so response rates per cycle are one indexed count.
CREATE TABLE family_feedback_link (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    council_id    BIGINT       NOT NULL DEFAULT 1,
    case_audit_id BIGINT       NOT NULL,
    cycle_id      BIGINT       NOT NULL,
    respondent    VARCHAR(20)  NOT NULL,
    token_hash    CHAR(64)     NOT NULL,
    issued_by     VARCHAR(100) NOT NULL,
    issued_at     DATETIME(6)  NOT NULL,
    expires_at    DATETIME(6)  NOT NULL,
    used_at       DATETIME(6)  NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_family_feedback_link_token UNIQUE (token_hash),
    CONSTRAINT fk_family_feedback_link_audit FOREIGN KEY (case_audit_id) REFERENCES case_audit (id),
    CONSTRAINT ck_family_feedback_link_respondent CHECK (respondent IN ('PARENT', 'YOUNG_PERSON'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_family_feedback_link_cycle ON family_feedback_link (cycle_id, used_at);
CREATE INDEX ix_family_feedback_link_audit ON family_feedback_link (case_audit_id);

-- The family's answers, one row per used link (append-only: what the family said is kept as said).
CREATE TABLE family_feedback_answer (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    council_id     BIGINT        NOT NULL DEFAULT 1,
    link_id        BIGINT        NOT NULL,
    case_audit_id  BIGINT        NOT NULL,
    listened_to    VARCHAR(20)   NOT NULL,
    understood     VARCHAR(20)   NOT NULL,
    made_difference VARCHAR(20)  NOT NULL,
    comments       VARCHAR(2000) NULL,
    answered_at    DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_family_feedback_answer_link UNIQUE (link_id),
    CONSTRAINT fk_family_feedback_answer_link FOREIGN KEY (link_id) REFERENCES family_feedback_link (id),
    CONSTRAINT fk_family_feedback_answer_audit FOREIGN KEY (case_audit_id) REFERENCES case_audit (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TRIGGER family_feedback_answer_no_update BEFORE UPDATE ON family_feedback_answer FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'family_feedback_answer is append-only: answers cannot be changed';
