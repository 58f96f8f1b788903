-- Multi-agency case audits (issue 26, module multiagency). Agencies (police, health, education, children's social
-- care) have members (usernames; one agency per user) who sign in with the AGENCY_COORDINATOR role. A themed audit
-- names a small cohort of children from the register and the agencies taking part; every agency completes one return
-- per child from its YAML template (core + agency type). The panel then grades each child per domain and sends
-- immediate concerns to an agency, whose co-ordinator acknowledges them. Every opening is written to the audit trail.
CREATE TABLE ma_agency (
    id         BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name       VARCHAR(150) NOT NULL,
    kind       VARCHAR(32)  NOT NULL,
    active     BOOLEAN      NOT NULL DEFAULT TRUE,
    version    BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_ma_agency_name UNIQUE (name),
    CONSTRAINT ck_ma_agency_kind CHECK (kind IN ('POLICE', 'HEALTH', 'EDUCATION', 'CHILDRENS_SOCIAL_CARE'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE ma_agency_member (
    username  VARCHAR(64) NOT NULL PRIMARY KEY,
    agency_id BIGINT      NOT NULL,
    CONSTRAINT fk_ma_member_agency FOREIGN KEY (agency_id) REFERENCES ma_agency (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE ma_audit (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    theme        VARCHAR(150) NOT NULL,
    stage        VARCHAR(16)  NOT NULL,
    returns_due  DATE         NOT NULL,
    panel_date   DATE         NOT NULL,
    created_by   VARCHAR(64)  NOT NULL,
    created_at   DATETIME(6)  NOT NULL,
    completed_at DATETIME(6)  NULL,
    version      BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT ck_ma_audit_stage CHECK (stage IN ('RETURNS', 'PANEL', 'COMPLETED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE ma_audit_agency (
    audit_id  BIGINT NOT NULL,
    agency_id BIGINT NOT NULL,
    PRIMARY KEY (audit_id, agency_id),
    CONSTRAINT fk_ma_aa_audit FOREIGN KEY (audit_id) REFERENCES ma_audit (id),
    CONSTRAINT fk_ma_aa_agency FOREIGN KEY (agency_id) REFERENCES ma_agency (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The cohort. child_reference is the register's child reference (the minimum identifier agencies receive);
-- date_of_birth is entered by the lead and shown to agencies only where the setting allows it.
CREATE TABLE ma_child (
    id              BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    audit_id        BIGINT      NOT NULL,
    position        INT         NOT NULL,
    case_id         BIGINT      NOT NULL,
    child_reference VARCHAR(64) NOT NULL,
    date_of_birth   DATE        NULL,
    CONSTRAINT uk_ma_child UNIQUE (audit_id, case_id),
    CONSTRAINT fk_ma_child_audit FOREIGN KEY (audit_id) REFERENCES ma_audit (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE ma_return (
    id               BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    audit_id         BIGINT      NOT NULL,
    child_id         BIGINT      NOT NULL,
    agency_id        BIGINT      NOT NULL,
    template_version VARCHAR(200) NULL,
    status           VARCHAR(16) NOT NULL,
    submitted_by     VARCHAR(64) NULL,
    submitted_at     DATETIME(6) NULL,
    updated_by       VARCHAR(64) NULL,
    updated_at       DATETIME(6) NULL,
    version          BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT uk_ma_return UNIQUE (child_id, agency_id),
    CONSTRAINT fk_ma_return_child FOREIGN KEY (child_id) REFERENCES ma_child (id),
    CONSTRAINT fk_ma_return_agency FOREIGN KEY (agency_id) REFERENCES ma_agency (id),
    CONSTRAINT ck_ma_return_status CHECK (status IN ('NOT_STARTED', 'DRAFT', 'SUBMITTED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE ma_return_answer (
    return_id   BIGINT       NOT NULL,
    question_id VARCHAR(100) NOT NULL,
    answer      TEXT         NOT NULL,
    PRIMARY KEY (return_id, question_id),
    CONSTRAINT fk_ma_answer_return FOREIGN KEY (return_id) REFERENCES ma_return (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE ma_conclusion (
    child_id    BIGINT      NOT NULL,
    domain      VARCHAR(32) NOT NULL,
    grade       VARCHAR(40) NOT NULL,
    rationale   TEXT        NOT NULL,
    recorded_by VARCHAR(64) NOT NULL,
    recorded_at DATETIME(6) NOT NULL,
    PRIMARY KEY (child_id, domain),
    CONSTRAINT fk_ma_conclusion_child FOREIGN KEY (child_id) REFERENCES ma_child (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE ma_concern (
    id              BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    audit_id        BIGINT      NOT NULL,
    child_id        BIGINT      NOT NULL,
    agency_id       BIGINT      NOT NULL,
    description     TEXT        NOT NULL,
    due_date        DATE        NOT NULL,
    raised_by       VARCHAR(64) NOT NULL,
    raised_at       DATETIME(6) NOT NULL,
    action_id       BIGINT      NULL,
    acknowledged_by VARCHAR(64) NULL,
    acknowledged_at DATETIME(6) NULL,
    response        TEXT        NULL,
    version         BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT fk_ma_concern_child FOREIGN KEY (child_id) REFERENCES ma_child (id),
    CONSTRAINT fk_ma_concern_agency FOREIGN KEY (agency_id) REFERENCES ma_agency (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
