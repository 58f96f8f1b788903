-- Audit cycles and their reproducible samples (issue 6). The checklist is named by its template key and version
-- (checked through TemplateService, no foreign key into the templates tables).
CREATE TABLE audit_cycle (
    id                 BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name               VARCHAR(200)  NOT NULL,
    template_key       VARCHAR(100)  NULL,
    template_version   INT           NULL,
    period_start       DATE          NOT NULL,
    period_end         DATE          NOT NULL,
    due_date           DATE          NULL,
    status             VARCHAR(20)   NOT NULL,
    frame_definition   LONGTEXT      NOT NULL,
    sample_design      LONGTEXT      NOT NULL,
    moderation_percent INT           NOT NULL DEFAULT 20,
    created_by         VARCHAR(64)   NOT NULL,
    created_at         DATETIME(6)   NOT NULL,
    updated_by         VARCHAR(64)   NOT NULL,
    updated_at         DATETIME(6)   NOT NULL,
    version            BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uk_audit_cycle_name UNIQUE (name),
    CONSTRAINT ck_audit_cycle_status CHECK (status IN ('PLANNED', 'SAMPLING', 'IN_PROGRESS', 'MODERATION', 'COMPLETE')),
    CONSTRAINT ck_audit_cycle_period CHECK (period_end >= period_start),
    CONSTRAINT ck_audit_cycle_moderation CHECK (moderation_percent BETWEEN 0 AND 100),
    CONSTRAINT ck_audit_cycle_frame_json CHECK (JSON_VALID(frame_definition)),
    CONSTRAINT ck_audit_cycle_design_json CHECK (JSON_VALID(sample_design))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One sample per cycle: the record the methodology section prints.
CREATE TABLE sample_record (
    id                 BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    cycle_id           BIGINT        NOT NULL,
    seed               BIGINT        NOT NULL,
    seed_generated     BOOLEAN       NOT NULL,
    method             VARCHAR(20)   NOT NULL,
    method_version     VARCHAR(120)  NOT NULL,
    sample_design      LONGTEXT      NOT NULL,
    design_description VARCHAR(500)  NOT NULL,
    frame_definition   LONGTEXT      NOT NULL,
    frame_description  VARCHAR(2000) NOT NULL,
    population_size    INT           NOT NULL,
    frame_sha256       CHAR(64)      NOT NULL,
    sample_size        INT           NOT NULL,
    reserve_count      INT           NOT NULL,
    allocation         LONGTEXT      NULL,
    drawn_by           VARCHAR(64)   NOT NULL,
    drawn_at           DATETIME(6)   NOT NULL,
    locked_by          VARCHAR(64)   NULL,
    locked_at          DATETIME(6)   NULL,
    moderation_percent INT           NULL,
    moderation_seed    BIGINT        NULL,
    version            BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uk_sample_record_cycle UNIQUE (cycle_id),
    CONSTRAINT fk_sample_record_cycle FOREIGN KEY (cycle_id) REFERENCES audit_cycle (id),
    CONSTRAINT ck_sample_record_method CHECK (method IN ('SIMPLE_RANDOM', 'SYSTEMATIC', 'STRATIFIED')),
    CONSTRAINT ck_sample_record_design_json CHECK (JSON_VALID(sample_design)),
    CONSTRAINT ck_sample_record_frame_json CHECK (JSON_VALID(frame_definition))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The frame as drawn (gzip of a JSON array of [id, reference, team] in id order), so "verify" can say which
-- cases entered or left the frame since. Kept apart so listing samples never reads it.
CREATE TABLE sample_frame (
    sample_id   BIGINT   NOT NULL PRIMARY KEY,
    frame_items LONGBLOB NOT NULL,
    CONSTRAINT fk_sample_frame_sample FOREIGN KEY (sample_id) REFERENCES sample_record (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The drawn list in draw order. draw_order, kind, case_id, case_reference and team never change after the draw;
-- status moves SAMPLE -> EXCLUDED, RESERVE -> REPLACEMENT (with replaces_item_id), each change audit-trailed.
CREATE TABLE sample_item (
    id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    sample_id        BIGINT        NOT NULL,
    draw_order       INT           NOT NULL,
    kind             VARCHAR(10)   NOT NULL,
    case_id          VARCHAR(64)   NOT NULL,
    case_reference   VARCHAR(120)  NOT NULL,
    team             VARCHAR(120)  NOT NULL,
    status           VARCHAR(12)   NOT NULL,
    replaces_item_id BIGINT        NULL,
    reason           VARCHAR(500)  NULL,
    changed_by       VARCHAR(64)   NULL,
    changed_at       DATETIME(6)   NULL,
    auditor          VARCHAR(64)   NULL,
    moderator        VARCHAR(64)   NULL,
    version          BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uk_sample_item_order UNIQUE (sample_id, draw_order),
    CONSTRAINT uk_sample_item_case UNIQUE (sample_id, case_id),
    CONSTRAINT fk_sample_item_sample FOREIGN KEY (sample_id) REFERENCES sample_record (id) ON DELETE CASCADE,
    CONSTRAINT fk_sample_item_replaces FOREIGN KEY (replaces_item_id) REFERENCES sample_item (id),
    CONSTRAINT ck_sample_item_kind CHECK (kind IN ('SAMPLE', 'RESERVE')),
    CONSTRAINT ck_sample_item_status CHECK (status IN ('SELECTED', 'EXCLUDED', 'RESERVE', 'REPLACEMENT')),
    INDEX ix_sample_item_auditor (auditor),
    INDEX ix_sample_item_moderator (moderator)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
