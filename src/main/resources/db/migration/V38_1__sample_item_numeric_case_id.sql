-- Case ids in a sample are the register's numbers (case_record.id BIGINT), as everywhere else: sampling carries them
-- as long. The draw's order and frame hash still use the ids' decimal text (decision 0021), so every stored draw
-- reproduces and verifies unchanged. In strict mode a non-numeric id stops this migration rather than becoming 0.
ALTER TABLE sample_item MODIFY case_id BIGINT NOT NULL;

-- retention asks whether a register case is named in any sample
CREATE INDEX ix_sample_item_case_id ON sample_item (case_id);
