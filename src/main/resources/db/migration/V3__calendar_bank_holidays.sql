-- Versioned bank-holiday table (England and Wales). A version is a complete, immutable snapshot of the
-- dates: every change (file load, add, correct, remove) writes a new version; the highest version_no is used.
CREATE TABLE calendar_version (
    id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version_no    BIGINT        NOT NULL,
    change_type   VARCHAR(20)   NOT NULL,
    description   VARCHAR(1000) NOT NULL,
    source_name   VARCHAR(255)  NULL,
    source_sha256 CHAR(64)      NULL,
    holiday_count INT           NOT NULL,
    created_at    DATETIME(6)   NOT NULL,
    created_by    VARCHAR(64)   NOT NULL,
    CONSTRAINT uk_calendar_version_no UNIQUE (version_no),
    CONSTRAINT ck_calendar_version_change CHECK (change_type IN ('SEED', 'FILE_LOAD', 'ADD', 'CORRECT', 'REMOVE'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE calendar_bank_holiday (
    id                  BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    calendar_version_id BIGINT       NOT NULL,
    holiday_date        DATE         NOT NULL,
    title               VARCHAR(200) NOT NULL,
    CONSTRAINT fk_calendar_bank_holiday_version FOREIGN KEY (calendar_version_id) REFERENCES calendar_version (id),
    CONSTRAINT uk_calendar_bank_holiday_date UNIQUE (calendar_version_id, holiday_date)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
