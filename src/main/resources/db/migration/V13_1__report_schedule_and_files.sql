-- Scheduled committee packs (module reports): the audit lead's setting (one row) and the files built, kept until
-- expires_at (caseaudit.reports.retention) and then deleted by the job.
CREATE TABLE report_schedule (
    id          TINYINT      NOT NULL PRIMARY KEY,
    enabled     BOOLEAN      NOT NULL,
    identified  BOOLEAN      NOT NULL,
    anonymised  BOOLEAN      NOT NULL,
    updated_by  VARCHAR(120) NULL,
    updated_at  DATETIME(6)  NULL,
    version     BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT ck_report_schedule_single CHECK (id = 1)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO report_schedule (id, enabled, identified, anonymised, version) VALUES (1, FALSE, FALSE, TRUE, 0);

CREATE TABLE report_file (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    kind         VARCHAR(40)  NOT NULL,
    cycle_id     BIGINT       NULL,
    cycle_name   VARCHAR(200) NULL,
    variant      VARCHAR(12)  NOT NULL,
    file_name    VARCHAR(255) NOT NULL,
    content_type VARCHAR(100) NOT NULL,
    size_bytes   BIGINT       NOT NULL,
    sha256       CHAR(64)     NOT NULL,
    content      LONGBLOB     NOT NULL,
    created_at   DATETIME(6)  NOT NULL,
    created_by   VARCHAR(120) NOT NULL,
    expires_at   DATETIME(6)  NOT NULL,
    INDEX ix_report_file_expires (expires_at),
    INDEX ix_report_file_created (created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
