-- Multi-agency audits (issue 26): how the cohort was chosen, recorded like any sample. CHOSEN: the lead named the
-- children from the register. SAMPLED: a seeded simple random draw (sampling's Sampler, its method version stored)
-- from the register's cases matching a theme filter; the seed, the filter in words, the frame's size and SHA-256 let
-- anyone redraw and verify it. Children may also be nominated by an agency and accepted by the lead (ma_nomination).
ALTER TABLE ma_audit
    ADD COLUMN cohort_method         VARCHAR(16)  NOT NULL DEFAULT 'CHOSEN',
    ADD COLUMN cohort_filter         VARCHAR(500) NULL,
    ADD COLUMN cohort_seed           BIGINT       NULL,
    ADD COLUMN cohort_frame_size     INT          NULL,
    ADD COLUMN cohort_frame_sha256   CHAR(64)     NULL,
    ADD COLUMN cohort_method_version VARCHAR(120) NULL,
    ADD CONSTRAINT ck_ma_audit_cohort_method CHECK (cohort_method IN ('CHOSEN', 'SAMPLED'));

ALTER TABLE ma_child
    ADD COLUMN nominated_by_agency_id BIGINT NULL;

-- An agency's nomination of a child (by case reference, within the audit's theme) for the lead to accept or decline.
CREATE TABLE ma_nomination (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    council_id     BIGINT       NOT NULL DEFAULT 1,
    audit_id       BIGINT       NOT NULL,
    agency_id      BIGINT       NOT NULL,
    case_reference VARCHAR(64)  NOT NULL,
    reason         VARCHAR(1000) NOT NULL,
    status         VARCHAR(16)  NOT NULL,
    nominated_by   VARCHAR(64)  NOT NULL,
    nominated_at   DATETIME(6)  NOT NULL,
    decided_by     VARCHAR(64)  NULL,
    decided_at     DATETIME(6)  NULL,
    version        BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_ma_nomination_audit FOREIGN KEY (audit_id) REFERENCES ma_audit (id),
    CONSTRAINT fk_ma_nomination_agency FOREIGN KEY (agency_id) REFERENCES ma_agency (id),
    CONSTRAINT ck_ma_nomination_status CHECK (status IN ('PENDING', 'ACCEPTED', 'DECLINED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
