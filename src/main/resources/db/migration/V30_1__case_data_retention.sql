-- Retention of case data (issue 19, "Also"; decision 0010). Two more settings in retention_setting, which the runtime
-- account may only read: it changes them through retention_setting_set (SQL SECURITY DEFINER), which accepts only
-- these names and 12 to 1200 months.
--   case_register:   months after a register row's last activity before it is deleted (never sampled or audited)
--                    or anonymised (sampled or audited: its dates and team stay for the reports);
--   case_audit_text: months after an audit's cycle ended before the audit's free text (evidence notes, file
--                    references, override reasons, rationale, strengths, agreed-answer reasons, share messages,
--                    replies) is removed; answers, grades and dates stay, so past cycles' figures still reconcile.
-- The application decides what is due from its clock and these settings (CaseRetentionRule); the database allows the
-- parts the runtime account could not do itself (replies are append-only, answers are system-versioned) only for
-- audits of complete cycles that ended at least 12 months ago by the server's clock, like the trail's floor.

ALTER TABLE retention_setting ADD COLUMN updated_by VARCHAR(120) NULL;

INSERT IGNORE INTO retention_setting (name, months, updated_at) VALUES
    ('case_register', 24, UTC_TIMESTAMP(6)),
    ('case_audit_text', 36, UTC_TIMESTAMP(6));

DROP TRIGGER IF EXISTS audit_reply_no_update;

DELIMITER //

CREATE PROCEDURE retention_setting_set(IN setting_name VARCHAR(64), IN setting_months INT, IN changed_by VARCHAR(120))
    SQL SECURITY DEFINER
BEGIN
    IF setting_name NOT IN ('case_register', 'case_audit_text') THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'retention_setting_set changes only case_register and case_audit_text';
    END IF;
    IF setting_months IS NULL OR setting_months < 12 OR setting_months > 1200 THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'a retention period is between 12 and 1200 months';
    END IF;
    UPDATE retention_setting SET months = setting_months, updated_at = UTC_TIMESTAMP(6), updated_by = changed_by
     WHERE name = setting_name;
END//

-- True when the audit's cycle is complete and ended (period end or due date, the later) at least 12 months before the
-- server's date: the floor below which nothing of an audit is ever anonymised, whatever the caller's clock says.
CREATE FUNCTION case_audit_past_floor(audit BIGINT) RETURNS BOOLEAN
    READS SQL DATA SQL SECURITY DEFINER
BEGIN
    RETURN EXISTS (SELECT 1 FROM case_audit a JOIN audit_cycle c ON c.id = a.cycle_id
                    WHERE a.id = audit AND c.status = 'COMPLETE'
                      AND GREATEST(c.period_end, COALESCE(c.due_date, c.period_end)) < DATE(SYSDATE()) - INTERVAL 12 MONTH);
END//

-- Replies stay append-only, except that the retention run may replace the text of a reply of an audit past the floor.
CREATE TRIGGER audit_reply_no_update BEFORE UPDATE ON audit_reply FOR EACH ROW
BEGIN
    IF NOT (@caseaudit_case_retention_audit IS NOT NULL AND @caseaudit_case_retention_audit = OLD.case_audit_id
            AND NEW.case_audit_id = OLD.case_audit_id AND NEW.author = OLD.author AND NEW.written_at = OLD.written_at
            AND NEW.reply_text = '[removed after the retention period]'
            AND case_audit_past_floor(OLD.case_audit_id)) THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_reply is append-only: replies cannot be changed';
    END IF;
END//

-- A change to an answer always leaves its history, because a session cannot move its clock to hide it (an UPDATE
-- dated before the row's own start leaves no history row). Only the retention run does that, and only to clear the
-- free text of an audit past the floor (decision 0010).
CREATE TRIGGER audit_answer_server_time BEFORE UPDATE ON audit_answer FOR EACH ROW
BEGIN
    IF ABS(TIMESTAMPDIFF(SECOND, NOW(6), SYSDATE(6))) > 60
        AND NOT (@caseaudit_case_retention_audit IS NOT NULL AND @caseaudit_case_retention_audit = OLD.case_audit_id
                 AND NEW.case_audit_id = OLD.case_audit_id AND NEW.question_key = OLD.question_key
                 AND NEW.answer_value <=> OLD.answer_value
                 AND NEW.evidence_note IS NULL AND NEW.file_reference IS NULL AND NEW.override_reason IS NULL
                 AND case_audit_past_floor(OLD.case_audit_id)) THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_answer keeps its history: this session''s clock was moved (SET timestamp)';
    END IF;
END//

-- Removes the free text of one audit past the floor. Answers are cleared with the session's clock set to the epoch,
-- so the UPDATE leaves no history row holding the text it removes, and the cleared rows show row_start 1970-01-01
-- (the mark of an anonymised answer); earlier versions go with audit_answer_history_trim.
CREATE PROCEDURE case_audit_anonymise(IN audit BIGINT, OUT answers INT, OUT replies INT)
    SQL SECURITY DEFINER
BEGIN
    DECLARE EXIT HANDLER FOR SQLEXCEPTION
    BEGIN
        SET @caseaudit_case_retention_audit = NULL;
        SET timestamp = DEFAULT;
        RESIGNAL;
    END;
    SET answers = 0;
    SET replies = 0;
    IF NOT case_audit_past_floor(audit) THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'case_audit_anonymise: the audit''s cycle is not complete or ended less than 12 months ago';
    END IF;
    SET @caseaudit_case_retention_audit = audit;
    SET timestamp = 1;
    UPDATE audit_answer
       SET evidence_note = NULL, file_reference = NULL, override_reason = NULL, derived_provenance = NULL
     WHERE case_audit_id = audit
       AND (evidence_note IS NOT NULL OR file_reference IS NOT NULL OR override_reason IS NOT NULL
            OR derived_provenance IS NOT NULL);
    SET answers = ROW_COUNT();
    SET timestamp = DEFAULT;
    UPDATE audit_reply SET reply_text = '[removed after the retention period]'
     WHERE case_audit_id = audit AND reply_text <> '[removed after the retention period]';
    SET replies = ROW_COUNT();
    SET @caseaudit_case_retention_audit = NULL;
    UPDATE case_audit SET grade_rationale = NULL, strengths = NULL, reopen_reason = NULL WHERE id = audit;
    UPDATE case_audit_history SET grade_rationale = NULL, strengths = NULL, reopen_reason = NULL WHERE id = audit;
    UPDATE audit_answer_history
       SET evidence_note = NULL, file_reference = NULL, override_reason = NULL, derived_provenance = NULL
     WHERE case_audit_id = audit;
    UPDATE audit_agreed_answer SET reason = '[removed after the retention period]' WHERE case_audit_id = audit;
    UPDATE audit_share SET message = NULL WHERE case_audit_id = audit;
END//

-- MariaDB deletes history only by time (DELETE HISTORY has no WHERE): versions of answers superseded before the
-- case_audit_text cut-off (server's clock, never less than 12 months) are removed, for every audit.
CREATE PROCEDURE audit_answer_history_trim(OUT removed BIGINT)
    SQL SECURITY DEFINER
BEGIN
    DECLARE retention INT DEFAULT NULL;
    DECLARE cut_off DATETIME(6);
    SELECT months INTO retention FROM retention_setting WHERE name = 'case_audit_text';
    SET cut_off = SYSDATE(6) - INTERVAL GREATEST(COALESCE(retention, 36), 12) MONTH;
    DELETE HISTORY FROM audit_answer BEFORE SYSTEM_TIME cut_off;
    SET removed = ROW_COUNT();
END//

DELIMITER ;
