-- Offboarding a council (issue 25, decision 0014) deletes all its rows in one transaction, replies included. Replies
-- stay append-only for every council that is not being offboarded: the offboarding transaction first marks the council
-- (council.offboarded_at), then deletes; a reply of a council not so marked still cannot be deleted.
DROP TRIGGER IF EXISTS audit_reply_no_delete;

DELIMITER //
CREATE TRIGGER audit_reply_no_delete BEFORE DELETE ON audit_reply FOR EACH ROW
BEGIN
    IF NOT EXISTS (SELECT 1 FROM council c WHERE c.id = OLD.council_id AND c.offboarded_at IS NOT NULL) THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_reply is append-only: replies cannot be deleted';
    END IF;
END//
DELIMITER ;
