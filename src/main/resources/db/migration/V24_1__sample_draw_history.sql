-- Every draw of a cycle's sample is kept (issue 23): a draw replaced by a redraw, or discarded because the frame or
-- design changed, is written here with who replaced it, when and why, so the record and the committee pack's
-- methodology list each earlier draw with its reason. The current draw stays in sample_record.
CREATE TABLE sample_draw_history (
    id                 BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    cycle_id           BIGINT        NOT NULL,
    seed               BIGINT        NOT NULL,
    seed_generated     BOOLEAN       NOT NULL,
    method             VARCHAR(20)   NOT NULL,
    method_version     VARCHAR(120)  NOT NULL,
    population_size    INT           NOT NULL,
    frame_sha256       CHAR(64)      NOT NULL,
    sample_size        INT           NOT NULL,
    reserve_count      INT           NOT NULL,
    drawn_by           VARCHAR(64)   NOT NULL,
    drawn_at           DATETIME(6)   NOT NULL,
    replaced_by        VARCHAR(64)   NOT NULL,
    replaced_at        DATETIME(6)   NOT NULL,
    reason             VARCHAR(500)  NOT NULL,
    CONSTRAINT fk_sample_draw_history_cycle FOREIGN KEY (cycle_id) REFERENCES audit_cycle (id),
    INDEX ix_sample_draw_history_cycle (cycle_id, replaced_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
