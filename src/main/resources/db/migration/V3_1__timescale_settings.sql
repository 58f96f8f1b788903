-- One rule per statutory timescale, editable by an administrator. Defaults: the national expectations
-- (Working Together to Safeguard Children) as listed in issue 4.
CREATE TABLE timescale_setting (
    id                  BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    measure             VARCHAR(40) NOT NULL,
    amount              INT         NOT NULL,
    unit                VARCHAR(20) NOT NULL,
    strategy_discussion VARCHAR(10) NOT NULL DEFAULT 'FIRST',
    updated_at          DATETIME(6) NULL,
    updated_by          VARCHAR(64) NULL,
    version             BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT uk_timescale_setting_measure UNIQUE (measure),
    CONSTRAINT ck_timescale_setting_unit CHECK (unit IN ('WORKING_DAYS', 'CALENDAR_MONTHS', 'HOURS')),
    CONSTRAINT ck_timescale_setting_choice CHECK (strategy_discussion IN ('FIRST', 'LAST')),
    CONSTRAINT ck_timescale_setting_amount CHECK (amount >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO timescale_setting (measure, amount, unit, strategy_discussion) VALUES
    ('REFERRAL_DECISION',        1, 'WORKING_DAYS',    'FIRST'),
    ('ICPC',                    15, 'WORKING_DAYS',    'FIRST'),
    ('CF_ASSESSMENT',           45, 'WORKING_DAYS',    'FIRST'),
    ('FIRST_CORE_GROUP',        10, 'WORKING_DAYS',    'FIRST'),
    ('FIRST_REVIEW_CONFERENCE',  3, 'CALENDAR_MONTHS', 'FIRST'),
    ('OUTCOME_TO_REFERRER',      1, 'WORKING_DAYS',    'FIRST');
