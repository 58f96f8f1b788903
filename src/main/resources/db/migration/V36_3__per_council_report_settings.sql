-- Decision 0012: the scheduled-pack setting and the pseudonym key were single rows (id = 1). They are one per council
-- now (unique council_id since V36_1): the single-row checks go and the ids are ordinary keys, so another council's
-- row can be added. Council 1 keeps its row (id 1).
ALTER TABLE report_schedule DROP CONSTRAINT ck_report_schedule_single, MODIFY id BIGINT NOT NULL AUTO_INCREMENT;
ALTER TABLE report_pseudonym_key DROP CONSTRAINT ck_report_pseudonym_key_single,
    MODIFY id BIGINT NOT NULL AUTO_INCREMENT;
