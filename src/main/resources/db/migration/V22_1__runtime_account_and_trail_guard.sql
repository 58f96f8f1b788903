-- Two database accounts (issue 19, item 8). Flyway runs as the schema owner; the application runs as a runtime
-- account that RuntimeAccountGrants gives SELECT and INSERT only on audit_event, and no DROP, ALTER, TRIGGER or
-- DELETE HISTORY anywhere. This migration makes the trail safe from that account:
--   * retention_setting: retention periods kept in the database, written by the owner at start (the runtime account
--     may only read it), read by the purge procedure instead of a caller's argument;
--   * audit_event_purge: SQL SECURITY DEFINER, no cut-off parameter; it computes the cut-off itself;
--   * audit_event_server_time: the server sets occurred_at on every insert by another account than the owner (the
--     owner could drop the trigger anyway; tests use it to age entries), and any session whose clock was moved with
--     SET timestamp is refused, so UTC_TIMESTAMP cannot be faked either;
--   * the append-only triggers of V1, V9 and V14 are recreated so their definer is the owner (a schema first
--     migrated on the old embedded server, which ran without grant tables, has triggers without a valid definer).

CREATE TABLE retention_setting (
    name       VARCHAR(64) NOT NULL PRIMARY KEY,
    months     INT         NOT NULL,
    updated_at DATETIME(6) NOT NULL,
    CONSTRAINT ck_retention_setting_months CHECK (months >= 12)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO retention_setting (name, months, updated_at) VALUES ('audit_trail', 84, UTC_TIMESTAMP(6));

DROP TRIGGER IF EXISTS audit_event_no_update;
DROP TRIGGER IF EXISTS audit_event_no_delete;
DROP PROCEDURE IF EXISTS audit_event_purge;
DROP TRIGGER IF EXISTS audit_reply_no_update;
DROP TRIGGER IF EXISTS audit_reply_no_delete;

CREATE TRIGGER audit_reply_no_update BEFORE UPDATE ON audit_reply FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_reply is append-only: replies cannot be changed';

CREATE TRIGGER audit_reply_no_delete BEFORE DELETE ON audit_reply FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_reply is append-only: replies cannot be deleted';

CREATE TRIGGER audit_event_no_update BEFORE UPDATE ON audit_event FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_event is append-only: entries cannot be changed';

DELIMITER //

CREATE TRIGGER audit_event_server_time BEFORE INSERT ON audit_event FOR EACH ROW
BEGIN
    IF ABS(TIMESTAMPDIFF(SECOND, NOW(6), SYSDATE(6))) > 60 THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_event times are the server''s: this session''s clock was moved (SET timestamp)';
    END IF;
    IF SUBSTRING_INDEX(USER(), '@', 1) <> SUBSTRING_INDEX(CURRENT_USER(), '@', 1) THEN
        SET NEW.occurred_at = UTC_TIMESTAMP(6);
    END IF;
END//

CREATE TRIGGER audit_event_no_delete BEFORE DELETE ON audit_event FOR EACH ROW
BEGIN
    IF @caseaudit_audit_purge_before IS NULL
        OR ABS(TIMESTAMPDIFF(SECOND, NOW(6), SYSDATE(6))) > 60
        OR OLD.occurred_at >= @caseaudit_audit_purge_before
        OR OLD.occurred_at >= UTC_TIMESTAMP(6) - INTERVAL 12 MONTH THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_event is append-only: only the retention purge deletes entries, and only entries older than the retention period';
    END IF;
END//

CREATE PROCEDURE audit_event_purge(OUT purged BIGINT, OUT purge_before DATETIME(6))
    SQL SECURITY DEFINER
BEGIN
    DECLARE deleted INT DEFAULT 0;
    DECLARE retention INT DEFAULT NULL;
    DECLARE EXIT HANDLER FOR SQLEXCEPTION
    BEGIN
        SET @caseaudit_audit_purge_before = NULL;
        RESIGNAL;
    END;
    IF ABS(TIMESTAMPDIFF(SECOND, NOW(6), SYSDATE(6))) > 60 THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_event_purge counts from the server''s clock: this session''s clock was moved (SET timestamp)';
    END IF;
    SELECT months INTO retention FROM retention_setting WHERE name = 'audit_trail';
    SET retention = GREATEST(COALESCE(retention, 84), 12);
    SET purge_before = UTC_TIMESTAMP(6) - INTERVAL retention MONTH;
    SET purged = 0;
    SET @caseaudit_audit_purge_before = purge_before;
    REPEAT
        DELETE FROM audit_event WHERE occurred_at < purge_before ORDER BY id LIMIT 5000;
        SET deleted = ROW_COUNT();
        SET purged = purged + deleted;
    UNTIL deleted < 5000 END REPEAT;
    SET @caseaudit_audit_purge_before = NULL;
END//

DELIMITER ;
