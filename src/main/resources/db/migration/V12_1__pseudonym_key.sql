-- The key of the pseudonyms in anonymised reports (module reports, Anonymiser), generated on first use when the
-- configuration gives none (CASEAUDIT_PSEUDONYM_KEY). One row; never shown, never exported by the application.
CREATE TABLE report_pseudonym_key (
    id         TINYINT       NOT NULL PRIMARY KEY,
    key_value  VARBINARY(64) NOT NULL,
    created_at DATETIME(6)   NOT NULL,
    CONSTRAINT ck_report_pseudonym_key_single CHECK (id = 1)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
