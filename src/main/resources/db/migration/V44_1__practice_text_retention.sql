-- Retention of the practice records of V40_1 (decision 0010, "Practice records"). The collaborative record
-- (audit_collaboration: who was present, the practitioner's reflection, the disagreement reason, the feedback to the
-- practitioner) and the family's comments (family_feedback_answer.comments) are free text about the child and the
-- practitioner: the nightly run clears them with the rest of an audit's free text, by the same rule, in the same
-- transaction, counted in the same trail entry.
--
-- A second DEFINER procedure beside case_audit_anonymise (V35_1), called by the runner for the same audit right after
-- it: case_audit_anonymise keeps its signature (its callers and the runtime-account tests use it), and its body is not
-- restated a third time. Both refuse an audit below the same floor (case_audit_past_floor).
--
-- Text that was there becomes the marker '[removed after the retention period]'; what was empty stays empty. So the
-- counts read from these columns (CollaborationSummary: practitioner present, reflection recorded) and the CHECK that a
-- disagreement has a reason still hold for past cycles. The family's three answers, the link and its used_at stay:
-- response rates count links, and the audit still shows an answered link with its answers.
--
-- family_feedback_answer stays append-only (V40_1) except for this: the retention run may replace the comments of an
-- answer of an audit past the floor by the marker, like audit_reply (V30_1).

DROP TRIGGER IF EXISTS family_feedback_answer_no_update;

DELIMITER //

CREATE TRIGGER family_feedback_answer_no_update BEFORE UPDATE ON family_feedback_answer FOR EACH ROW
BEGIN
    IF NOT (@caseaudit_case_retention_audit IS NOT NULL AND @caseaudit_case_retention_audit = OLD.case_audit_id
            AND NEW.id = OLD.id AND NEW.council_id = OLD.council_id AND NEW.link_id = OLD.link_id
            AND NEW.case_audit_id = OLD.case_audit_id AND NEW.listened_to = OLD.listened_to
            AND NEW.understood = OLD.understood AND NEW.made_difference = OLD.made_difference
            AND NEW.answered_at = OLD.answered_at
            AND NEW.comments = '[removed after the retention period]'
            AND case_audit_past_floor(OLD.case_audit_id)) THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'family_feedback_answer is append-only: answers cannot be changed';
    END IF;
END//

-- Clears the collaborative record and the family's comments of one audit past the floor; returns how many
-- collaborative records and comments it cleared.
CREATE PROCEDURE case_audit_practice_anonymise(IN audit BIGINT, OUT collaborations_cleared INT,
                                               OUT comments_cleared INT)
    SQL SECURITY DEFINER
BEGIN
    DECLARE EXIT HANDLER FOR SQLEXCEPTION
    BEGIN
        SET @caseaudit_case_retention_audit = NULL;
        RESIGNAL;
    END;
    SET collaborations_cleared = 0;
    SET comments_cleared = 0;
    IF NOT case_audit_past_floor(audit) THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'case_audit_practice_anonymise: the audit''s cycle is not complete or ended less than 12 months ago';
    END IF;
    UPDATE audit_collaboration
       SET practitioner_name = IF(practitioner_name IS NULL, NULL, '[removed after the retention period]'),
           practitioner_role = IF(practitioner_role IS NULL, NULL, '[removed after the retention period]'),
           manager_name = IF(manager_name IS NULL, NULL, '[removed after the retention period]'),
           manager_role = IF(manager_role IS NULL, NULL, '[removed after the retention period]'),
           went_well = IF(went_well IS NULL, NULL, '[removed after the retention period]'),
           do_differently = IF(do_differently IS NULL, NULL, '[removed after the retention period]'),
           disagreement_reason = IF(disagreement_reason IS NULL, NULL, '[removed after the retention period]'),
           feedback_to_practitioner = IF(feedback_to_practitioner IS NULL, NULL, '[removed after the retention period]'),
           version = version + 1
     WHERE case_audit_id = audit
       AND (practitioner_name <> '[removed after the retention period]'
            OR practitioner_role <> '[removed after the retention period]'
            OR manager_name <> '[removed after the retention period]'
            OR manager_role <> '[removed after the retention period]'
            OR went_well <> '[removed after the retention period]'
            OR do_differently <> '[removed after the retention period]'
            OR disagreement_reason <> '[removed after the retention period]'
            OR feedback_to_practitioner <> '[removed after the retention period]');
    SET collaborations_cleared = ROW_COUNT();
    SET @caseaudit_case_retention_audit = audit;
    UPDATE family_feedback_answer SET comments = '[removed after the retention period]'
     WHERE case_audit_id = audit AND comments <> '[removed after the retention period]';
    SET comments_cleared = ROW_COUNT();
    SET @caseaudit_case_retention_audit = NULL;
END//

DELIMITER ;
