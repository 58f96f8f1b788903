-- Feedback on finished audits (module audit): the audit lead shares an audit with the team manager of the case's team,
-- who reads it and can reply. Shares are one row per audit and manager; replies are kept as written (append-only:
-- the triggers refuse changes, like the audit trail's).

CREATE TABLE audit_share (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    case_audit_id BIGINT        NOT NULL,
    team_manager  VARCHAR(100)  NOT NULL,
    message       VARCHAR(2000) NULL,
    shared_by     VARCHAR(100)  NOT NULL,
    shared_at     DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_audit_share UNIQUE (case_audit_id, team_manager),
    CONSTRAINT fk_audit_share_audit FOREIGN KEY (case_audit_id) REFERENCES case_audit (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_audit_share_manager ON audit_share (team_manager, shared_at);

CREATE TABLE audit_reply (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    case_audit_id BIGINT        NOT NULL,
    author        VARCHAR(100)  NOT NULL,
    written_at    DATETIME(6)   NOT NULL,
    reply_text    VARCHAR(4000) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_audit_reply_audit FOREIGN KEY (case_audit_id) REFERENCES case_audit (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_audit_reply_audit ON audit_reply (case_audit_id, written_at);

CREATE TRIGGER audit_reply_no_update BEFORE UPDATE ON audit_reply FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_reply is append-only: replies cannot be changed';

CREATE TRIGGER audit_reply_no_delete BEFORE DELETE ON audit_reply FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_reply is append-only: replies cannot be deleted';
