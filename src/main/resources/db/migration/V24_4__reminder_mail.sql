-- Reminders by email (issue 23). Each user's choice: IMMEDIATE (a message at each event and the daily reminders),
-- DIGEST (one daily message; the default) or NONE; an administrator can make overdue reminders compulsory (sent
-- even to users who chose none). Messages carry a link and counts only, never case details.
CREATE TABLE mail_preference (
    username   VARCHAR(64)  NOT NULL PRIMARY KEY,
    mode       VARCHAR(10)  NOT NULL,
    CONSTRAINT ck_mail_preference_mode CHECK (mode IN ('IMMEDIATE', 'DIGEST', 'NONE'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE mail_setting (
    id                 INT      NOT NULL PRIMARY KEY,
    overdue_compulsory BOOLEAN  NOT NULL DEFAULT FALSE,
    version            BIGINT   NOT NULL DEFAULT 0,
    CONSTRAINT ck_mail_setting_one CHECK (id = 1)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
INSERT INTO mail_setting (id, overdue_compulsory) VALUES (1, FALSE);

-- The outbox: every message is queued, then sent (or logged when no SMTP server is configured) and retried on
-- failure with a growing delay; after the last attempt it is FAILED, recorded in the audit trail and shown to
-- administrators.
CREATE TABLE mail_outbox (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    username        VARCHAR(64)   NOT NULL,
    recipient       VARCHAR(254)  NOT NULL,
    kind            VARCHAR(20)   NOT NULL,
    subject         VARCHAR(200)  NOT NULL,
    body            TEXT          NOT NULL,
    status          VARCHAR(10)   NOT NULL,
    attempts        INT           NOT NULL DEFAULT 0,
    created_at      DATETIME(6)   NOT NULL,
    next_attempt_at DATETIME(6)   NOT NULL,
    sent_at         DATETIME(6)   NULL,
    last_error      VARCHAR(500)  NULL,
    CONSTRAINT ck_mail_outbox_status CHECK (status IN ('QUEUED', 'SENT', 'LOGGED', 'FAILED')),
    INDEX ix_mail_outbox_due (status, next_attempt_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
