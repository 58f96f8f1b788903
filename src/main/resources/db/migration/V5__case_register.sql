-- Case register (issue 3). Only fields the audit needs: no names of children or families.
CREATE TABLE case_team (
    id   BIGINT AUTO_INCREMENT PRIMARY KEY,
    name VARCHAR(120) NOT NULL,
    CONSTRAINT uk_case_team_name UNIQUE (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE case_import (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    started_at      DATETIME(6)   NOT NULL,
    finished_at     DATETIME(6)   NULL,
    username        VARCHAR(120)  NOT NULL,
    channel         VARCHAR(10)   NOT NULL,
    file_name       VARCHAR(255)  NOT NULL,
    sha256          CHAR(64)      NOT NULL,
    size_bytes      BIGINT        NOT NULL,
    profile_name    VARCHAR(80)   NOT NULL,
    source          VARCHAR(60)   NOT NULL,
    status          VARCHAR(12)   NOT NULL,
    rows_read       INT           NOT NULL DEFAULT 0,
    created_count   INT           NOT NULL DEFAULT 0,
    updated_count   INT           NOT NULL DEFAULT 0,
    unchanged_count INT           NOT NULL DEFAULT 0,
    rejected_count  INT           NOT NULL DEFAULT 0,
    problem_count   INT           NOT NULL DEFAULT 0,
    message         VARCHAR(1000) NULL,
    INDEX ix_case_import_started (started_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE case_record (
    id                        BIGINT AUTO_INCREMENT PRIMARY KEY,
    source                    VARCHAR(60)  NOT NULL,
    case_reference            VARCHAR(60)  NOT NULL,
    child_reference           VARCHAR(60)  NOT NULL,
    team                      VARCHAR(120) NOT NULL,
    social_worker             VARCHAR(120) NULL,
    team_manager              VARCHAR(120) NULL,
    referral_date             DATE         NULL,
    referral_source           VARCHAR(120) NULL,
    referral_decision_date    DATE         NULL,
    s47_start_date            DATE         NULL,
    s47_outcome               VARCHAR(20)  NULL,
    s47_end_date              DATE         NULL,
    icpc_date                 DATE         NULL,
    cfa_start_date            DATE         NULL,
    cfa_completion_date       DATE         NULL,
    first_core_group_date     DATE         NULL,
    consent_sought            BOOLEAN      NULL,
    consent_sought_date       DATE         NULL,
    shared_without_consent    BOOLEAN      NULL,
    consent_authorised_date   DATE         NULL,
    chronology_on_file        BOOLEAN      NULL,
    chronology_updated_date   DATE         NULL,
    management_oversight_date DATE         NULL,
    referrer_informed_date    DATE         NULL,
    children_in_household     INT          NULL,
    content_hash              CHAR(64)     NOT NULL,
    last_import_id            BIGINT       NULL,
    created_at                DATETIME(6)  NOT NULL,
    updated_at                DATETIME(6)  NOT NULL,
    version                   BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_case_record_source_ref UNIQUE (source, case_reference),
    CONSTRAINT fk_case_record_import FOREIGN KEY (last_import_id) REFERENCES case_import (id),
    INDEX ix_case_record_team (team),
    INDEX ix_case_record_s47_start (s47_start_date),
    INDEX ix_case_record_referral (referral_date)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Several strategy discussions per case; seq orders them by date (1 = the one that initiated the enquiry).
CREATE TABLE case_strategy_discussion (
    case_id         BIGINT NOT NULL,
    seq             INT    NOT NULL,
    discussion_date DATE   NOT NULL,
    PRIMARY KEY (case_id, seq),
    CONSTRAINT fk_case_sd_case FOREIGN KEY (case_id) REFERENCES case_record (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE case_mapping_profile (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    name        VARCHAR(80)  NOT NULL,
    source      VARCHAR(60)  NOT NULL,
    date_format VARCHAR(40)  NOT NULL,
    description VARCHAR(400) NULL,
    built_in    BOOLEAN      NOT NULL DEFAULT FALSE,
    updated_at  DATETIME(6)  NOT NULL,
    updated_by  VARCHAR(120) NOT NULL,
    version     BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_case_mapping_profile_name UNIQUE (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE case_mapping_column (
    profile_id    BIGINT       NOT NULL,
    position      INT          NOT NULL,
    source_column VARCHAR(200) NOT NULL,
    field         VARCHAR(60)  NOT NULL,
    PRIMARY KEY (profile_id, position),
    CONSTRAINT fk_case_mapping_column_profile FOREIGN KEY (profile_id) REFERENCES case_mapping_profile (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- field NULL = applies to every field.
CREATE TABLE case_value_translation (
    profile_id   BIGINT       NOT NULL,
    position     INT          NOT NULL,
    field        VARCHAR(60)  NULL,
    source_value VARCHAR(200) NOT NULL,
    target_value VARCHAR(60)  NOT NULL,
    PRIMARY KEY (profile_id, position),
    CONSTRAINT fk_case_value_translation_profile FOREIGN KEY (profile_id) REFERENCES case_mapping_profile (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Integration accounts for the council's scheduled jobs: only a SHA-256 of the bearer token is kept.
CREATE TABLE case_integration_token (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    name         VARCHAR(80)  NOT NULL,
    token_hash   CHAR(64)     NOT NULL,
    token_hint   VARCHAR(12)  NOT NULL,
    created_by   VARCHAR(120) NOT NULL,
    created_at   DATETIME(6)  NOT NULL,
    revoked_by   VARCHAR(120) NULL,
    revoked_at   DATETIME(6)  NULL,
    last_used_at DATETIME(6)  NULL,
    version      BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_case_integration_token_name UNIQUE (name),
    CONSTRAINT uk_case_integration_token_hash UNIQUE (token_hash)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
