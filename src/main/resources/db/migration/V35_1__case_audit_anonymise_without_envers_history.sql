-- V32_1 dropped case_audit_history (Hibernate Envers' table, read by nothing) after V30_1 had created
-- case_audit_anonymise, which still cleared that table's copies of an audit's free text. The procedure is recreated
-- without it; everything else it does is unchanged.
DROP PROCEDURE IF EXISTS case_audit_anonymise;

DELIMITER //

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
    UPDATE audit_answer_history
       SET evidence_note = NULL, file_reference = NULL, override_reason = NULL, derived_provenance = NULL
     WHERE case_audit_id = audit;
    UPDATE audit_agreed_answer SET reason = '[removed after the retention period]' WHERE case_audit_id = audit;
    UPDATE audit_share SET message = NULL WHERE case_audit_id = audit;
END//

DELIMITER ;
