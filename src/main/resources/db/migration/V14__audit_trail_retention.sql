-- Audit-trail retention (issue 10). The trail stays append-only for the application: an UPDATE is always refused,
-- and a DELETE is refused unless ALL of these hold for the row:
--   1. the session runs the retention purge (audit_event_purge sets @caseaudit_audit_purge_before and clears it),
--   2. the row is older than that cut-off, and
--   3. the row is older than the floor below (12 months), whatever cut-off the session asks for.
-- So an ordinary DELETE, or a purge asked with a too-recent cut-off, deletes nothing. The application records
-- every purge in the trail itself (AUDIT_TRAIL_PURGED), in the same transaction.

DROP TRIGGER audit_event_no_delete;

DELIMITER //

CREATE TRIGGER audit_event_no_delete BEFORE DELETE ON audit_event FOR EACH ROW
BEGIN
    IF @caseaudit_audit_purge_before IS NULL
        OR OLD.occurred_at >= @caseaudit_audit_purge_before
        OR OLD.occurred_at >= UTC_TIMESTAMP(6) - INTERVAL 12 MONTH THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_event is append-only: only the retention purge deletes entries, and only entries older than the retention period';
    END IF;
END//

CREATE PROCEDURE audit_event_purge(IN purge_before DATETIME(6), OUT purged BIGINT)
BEGIN
    DECLARE deleted INT DEFAULT 0;
    DECLARE EXIT HANDLER FOR SQLEXCEPTION
    BEGIN
        SET @caseaudit_audit_purge_before = NULL;
        RESIGNAL;
    END;
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
