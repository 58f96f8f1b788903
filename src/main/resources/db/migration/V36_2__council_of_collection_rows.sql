-- Decision 0012: rows of JPA element collections (a case's strategy discussions, a mapping profile's columns and
-- value translations) are written by Hibernate, which cannot name an extra column for them. Their council is their
-- parent's, always: these triggers copy it on insert, so a council's offboarding (WHERE council_id = ?) finds them.
DELIMITER //
CREATE TRIGGER case_strategy_discussion_council BEFORE INSERT ON case_strategy_discussion FOR EACH ROW
BEGIN
    SET NEW.council_id = (SELECT council_id FROM case_record WHERE id = NEW.case_id);
END//
CREATE TRIGGER case_mapping_column_council BEFORE INSERT ON case_mapping_column FOR EACH ROW
BEGIN
    SET NEW.council_id = (SELECT council_id FROM case_mapping_profile WHERE id = NEW.profile_id);
END//
CREATE TRIGGER case_value_translation_council BEFORE INSERT ON case_value_translation FOR EACH ROW
BEGIN
    SET NEW.council_id = (SELECT council_id FROM case_mapping_profile WHERE id = NEW.profile_id);
END//
DELIMITER ;
