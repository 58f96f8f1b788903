-- Per cycle, moderation is blind (the moderator sees the auditor's answers only after submitting their own) or open.
ALTER TABLE audit_cycle ADD COLUMN blind_moderation BOOLEAN NOT NULL DEFAULT TRUE AFTER moderation_percent;
