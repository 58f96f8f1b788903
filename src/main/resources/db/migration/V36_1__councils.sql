-- Councils (issue 25, decision 0012): one installation, several councils, their data kept apart by a discriminator
-- column council_id on every table that holds a council's data. The existing installation's data becomes council 1.
--
-- Global on purpose (no council_id): app_user and its roles/recovery codes (a user belongs to councils through
-- app_user_council), calendar_version / calendar_bank_holiday (England and Wales bank holidays), checklist_template /
-- _version / checklist_question (the definitions shipped in audit-templates/; a council's cycle names the version it
-- uses), shedlock, retention_setting (installation retention periods read by the purge procedure), mail_setting
-- (the installation's mail server), mail_preference (per user), audit_revision (legacy Envers revisions, no case
-- data), flyway_schema_history.
--
-- Every council column is NOT NULL DEFAULT 1 so that a single-council installation behaves as before; the
-- application writes council_id explicitly (JPA through @TenantId, native SQL by hand, checked by the statement guard
-- in the test profile).

CREATE TABLE partnership (
    id   BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    code VARCHAR(16)  NOT NULL,
    name VARCHAR(120) NOT NULL,
    CONSTRAINT uk_partnership_code UNIQUE (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE council (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    code           VARCHAR(16)  NOT NULL,
    name           VARCHAR(120) NOT NULL,
    partnership_id BIGINT       NULL,
    created_at     DATETIME(6)  NOT NULL,
    offboarded_at  DATETIME(6)  NULL,
    CONSTRAINT uk_council_code UNIQUE (code),
    CONSTRAINT fk_council_partnership FOREIGN KEY (partnership_id) REFERENCES partnership (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO council (id, code, name, partnership_id, created_at) VALUES (1, 'DEMO', 'Demo council', NULL, UTC_TIMESTAMP(6));

CREATE TABLE app_user_council (
    user_id    BIGINT NOT NULL,
    council_id BIGINT NOT NULL,
    PRIMARY KEY (user_id, council_id),
    INDEX ix_app_user_council_council (council_id),
    CONSTRAINT fk_app_user_council_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE,
    CONSTRAINT fk_app_user_council_council FOREIGN KEY (council_id) REFERENCES council (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO app_user_council (user_id, council_id) SELECT id, 1 FROM app_user;

-- Register and import
ALTER TABLE case_record ADD COLUMN council_id BIGINT NOT NULL DEFAULT 1 AFTER id,
    ADD CONSTRAINT fk_case_record_council FOREIGN KEY (council_id) REFERENCES council (id),
    DROP INDEX uk_case_record_source_ref,
    ADD CONSTRAINT uk_case_record_source_ref UNIQUE (council_id, source, case_reference),
    DROP INDEX ix_case_record_team, ADD INDEX ix_case_record_team (council_id, team),
    DROP INDEX ix_case_record_s47_start, ADD INDEX ix_case_record_s47_start (council_id, s47_start_date),
    DROP INDEX ix_case_record_referral, ADD INDEX ix_case_record_referral (council_id, referral_date);
ALTER TABLE case_strategy_discussion ADD COLUMN council_id BIGINT NOT NULL DEFAULT 1,
    ADD CONSTRAINT fk_case_sd_council FOREIGN KEY (council_id) REFERENCES council (id);
ALTER TABLE case_import ADD COLUMN council_id BIGINT NOT NULL DEFAULT 1 AFTER id,
    ADD CONSTRAINT fk_case_import_council FOREIGN KEY (council_id) REFERENCES council (id),
    DROP INDEX ix_case_import_started, ADD INDEX ix_case_import_started (council_id, started_at);
ALTER TABLE case_mapping_profile ADD COLUMN council_id BIGINT NOT NULL DEFAULT 1 AFTER id,
    ADD CONSTRAINT fk_case_mapping_profile_council FOREIGN KEY (council_id) REFERENCES council (id),
    DROP INDEX uk_case_mapping_profile_name, ADD CONSTRAINT uk_case_mapping_profile_name UNIQUE (council_id, name);
ALTER TABLE case_mapping_column ADD COLUMN council_id BIGINT NOT NULL DEFAULT 1,
    ADD CONSTRAINT fk_case_mapping_column_council FOREIGN KEY (council_id) REFERENCES council (id);
ALTER TABLE case_value_translation ADD COLUMN council_id BIGINT NOT NULL DEFAULT 1,
    ADD CONSTRAINT fk_case_value_translation_council FOREIGN KEY (council_id) REFERENCES council (id);
-- The token hash stays unique across the installation: a bearer token identifies its council.
ALTER TABLE case_integration_token ADD COLUMN council_id BIGINT NOT NULL DEFAULT 1 AFTER id,
    ADD CONSTRAINT fk_case_integration_token_council FOREIGN KEY (council_id) REFERENCES council (id),
    DROP INDEX uk_case_integration_token_name, ADD CONSTRAINT uk_case_integration_token_name UNIQUE (council_id, name);
ALTER TABLE case_team ADD COLUMN council_id BIGINT NOT NULL DEFAULT 1 AFTER id,
    ADD CONSTRAINT fk_case_team_council FOREIGN KEY (council_id) REFERENCES council (id),
    DROP INDEX uk_case_team_name, ADD CONSTRAINT uk_case_team_name UNIQUE (council_id, name);
ALTER TABLE team ADD COLUMN council_id BIGINT NOT NULL DEFAULT 1 AFTER id,
    ADD CONSTRAINT fk_team_council FOREIGN KEY (council_id) REFERENCES council (id),
    DROP INDEX uk_team_name, ADD CONSTRAINT uk_team_name UNIQUE (council_id, name);

-- Cycles and samples
ALTER TABLE audit_cycle ADD COLUMN council_id BIGINT NOT NULL DEFAULT 1 AFTER id,
    ADD CONSTRAINT fk_audit_cycle_council FOREIGN KEY (council_id) REFERENCES council (id),
    DROP INDEX uk_audit_cycle_name, ADD CONSTRAINT uk_audit_cycle_name UNIQUE (council_id, name);
ALTER TABLE sample_record ADD COLUMN council_id BIGINT NOT NULL DEFAULT 1 AFTER id,
    ADD CONSTRAINT fk_sample_record_council FOREIGN KEY (council_id) REFERENCES council (id);
ALTER TABLE sample_frame ADD COLUMN council_id BIGINT NOT NULL DEFAULT 1,
    ADD CONSTRAINT fk_sample_frame_council FOREIGN KEY (council_id) REFERENCES council (id);
ALTER TABLE sample_item ADD COLUMN council_id BIGINT NOT NULL DEFAULT 1 AFTER id,
    ADD CONSTRAINT fk_sample_item_council FOREIGN KEY (council_id) REFERENCES council (id),
    DROP INDEX ix_sample_item_auditor, ADD INDEX ix_sample_item_auditor (council_id, auditor),
    DROP INDEX ix_sample_item_moderator, ADD INDEX ix_sample_item_moderator (council_id, moderator);
ALTER TABLE sample_draw_history ADD COLUMN council_id BIGINT NOT NULL DEFAULT 1 AFTER id,
    ADD CONSTRAINT fk_sample_draw_history_council FOREIGN KEY (council_id) REFERENCES council (id);

-- Audits and answers (audit_answer is system-versioned: V15)
ALTER TABLE case_audit ADD COLUMN council_id BIGINT NOT NULL DEFAULT 1 AFTER id,
    ADD CONSTRAINT fk_case_audit_council FOREIGN KEY (council_id) REFERENCES council (id),
    DROP INDEX ix_case_audit_auditor, ADD INDEX ix_case_audit_auditor (council_id, auditor, status),
    ADD INDEX ix_case_audit_council_cycle (council_id, cycle_id, kind);
SET @@system_versioning_alter_history = KEEP;
ALTER TABLE audit_answer ADD COLUMN council_id BIGINT NOT NULL DEFAULT 1 AFTER id,
    ADD CONSTRAINT fk_audit_answer_council FOREIGN KEY (council_id) REFERENCES council (id);
SET @@system_versioning_alter_history = ERROR;
ALTER TABLE audit_answer_history ADD COLUMN council_id BIGINT NOT NULL DEFAULT 1,
    ADD INDEX ix_audit_answer_history_council (council_id, case_audit_id);
ALTER TABLE audit_agreed_answer ADD COLUMN council_id BIGINT NOT NULL DEFAULT 1 AFTER id,
    ADD CONSTRAINT fk_audit_agreed_answer_council FOREIGN KEY (council_id) REFERENCES council (id);
ALTER TABLE audit_share ADD COLUMN council_id BIGINT NOT NULL DEFAULT 1,
    ADD CONSTRAINT fk_audit_share_council FOREIGN KEY (council_id) REFERENCES council (id);
ALTER TABLE audit_reply ADD COLUMN council_id BIGINT NOT NULL DEFAULT 1,
    ADD CONSTRAINT fk_audit_reply_council FOREIGN KEY (council_id) REFERENCES council (id);

-- Findings
ALTER TABLE action_item ADD COLUMN council_id BIGINT NOT NULL DEFAULT 1 AFTER id,
    ADD CONSTRAINT fk_action_item_council FOREIGN KEY (council_id) REFERENCES council (id),
    DROP INDEX ix_action_item_status, ADD INDEX ix_action_item_status (council_id, status, due_date);
ALTER TABLE action_progress_note ADD COLUMN council_id BIGINT NOT NULL DEFAULT 1,
    ADD CONSTRAINT fk_action_progress_note_council FOREIGN KEY (council_id) REFERENCES council (id);
ALTER TABLE delivery_group ADD COLUMN council_id BIGINT NOT NULL DEFAULT 1 AFTER id,
    ADD CONSTRAINT fk_delivery_group_council FOREIGN KEY (council_id) REFERENCES council (id),
    DROP INDEX uk_delivery_group_name, ADD CONSTRAINT uk_delivery_group_name UNIQUE (council_id, name);

-- Calendar settings: the timescales a council measures against (bank holidays stay global)
ALTER TABLE timescale_setting ADD COLUMN council_id BIGINT NOT NULL DEFAULT 1 AFTER id,
    ADD CONSTRAINT fk_timescale_setting_council FOREIGN KEY (council_id) REFERENCES council (id),
    DROP INDEX uk_timescale_setting_measure, ADD CONSTRAINT uk_timescale_setting_measure UNIQUE (council_id, measure);

-- Reports: files, the scheduled pack and the pseudonym key are per council (pseudonyms must not link across councils)
ALTER TABLE report_file ADD COLUMN council_id BIGINT NOT NULL DEFAULT 1 AFTER id,
    ADD CONSTRAINT fk_report_file_council FOREIGN KEY (council_id) REFERENCES council (id),
    DROP INDEX ix_report_file_created, ADD INDEX ix_report_file_created (council_id, created_at);
ALTER TABLE report_schedule ADD COLUMN council_id BIGINT NOT NULL DEFAULT 1 AFTER id,
    ADD CONSTRAINT fk_report_schedule_council FOREIGN KEY (council_id) REFERENCES council (id),
    ADD CONSTRAINT uk_report_schedule_council UNIQUE (council_id);
ALTER TABLE report_pseudonym_key ADD COLUMN council_id BIGINT NOT NULL DEFAULT 1 AFTER id,
    ADD CONSTRAINT fk_report_pseudonym_key_council FOREIGN KEY (council_id) REFERENCES council (id),
    ADD CONSTRAINT uk_report_pseudonym_key_council UNIQUE (council_id);

-- Mail about a council's work
ALTER TABLE mail_outbox ADD COLUMN council_id BIGINT NOT NULL DEFAULT 1 AFTER id,
    ADD CONSTRAINT fk_mail_outbox_council FOREIGN KEY (council_id) REFERENCES council (id);

-- Audit trail: a council's administrators see their council's entries; the purge stays installation-wide
ALTER TABLE audit_event ADD COLUMN council_id BIGINT NOT NULL DEFAULT 1 AFTER id,
    ADD CONSTRAINT fk_audit_event_council FOREIGN KEY (council_id) REFERENCES council (id),
    ADD INDEX ix_audit_event_council_time (council_id, occurred_at);

-- Multi-agency audits
ALTER TABLE ma_agency ADD COLUMN council_id BIGINT NOT NULL DEFAULT 1 AFTER id,
    ADD CONSTRAINT fk_ma_agency_council FOREIGN KEY (council_id) REFERENCES council (id),
    DROP INDEX uk_ma_agency_name, ADD CONSTRAINT uk_ma_agency_name UNIQUE (council_id, name);
ALTER TABLE ma_agency_member ADD COLUMN council_id BIGINT NOT NULL DEFAULT 1,
    ADD CONSTRAINT fk_ma_agency_member_council FOREIGN KEY (council_id) REFERENCES council (id);
ALTER TABLE ma_audit ADD COLUMN council_id BIGINT NOT NULL DEFAULT 1 AFTER id,
    ADD CONSTRAINT fk_ma_audit_council FOREIGN KEY (council_id) REFERENCES council (id);
ALTER TABLE ma_audit_agency ADD COLUMN council_id BIGINT NOT NULL DEFAULT 1,
    ADD CONSTRAINT fk_ma_audit_agency_council FOREIGN KEY (council_id) REFERENCES council (id);
ALTER TABLE ma_child ADD COLUMN council_id BIGINT NOT NULL DEFAULT 1 AFTER id,
    ADD CONSTRAINT fk_ma_child_council FOREIGN KEY (council_id) REFERENCES council (id);
ALTER TABLE ma_return ADD COLUMN council_id BIGINT NOT NULL DEFAULT 1 AFTER id,
    ADD CONSTRAINT fk_ma_return_council FOREIGN KEY (council_id) REFERENCES council (id);
ALTER TABLE ma_return_answer ADD COLUMN council_id BIGINT NOT NULL DEFAULT 1,
    ADD CONSTRAINT fk_ma_return_answer_council FOREIGN KEY (council_id) REFERENCES council (id);
ALTER TABLE ma_conclusion ADD COLUMN council_id BIGINT NOT NULL DEFAULT 1,
    ADD CONSTRAINT fk_ma_conclusion_council FOREIGN KEY (council_id) REFERENCES council (id);
ALTER TABLE ma_concern ADD COLUMN council_id BIGINT NOT NULL DEFAULT 1,
    ADD CONSTRAINT fk_ma_concern_council FOREIGN KEY (council_id) REFERENCES council (id);
