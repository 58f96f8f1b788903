-- Issue 19, point 11: a password change forced after an administrator's reset; time-based one-time passwords
-- (RFC 6238) for two-factor sign-in, with one-time recovery codes kept only as SHA-256 hashes.
ALTER TABLE app_user
    ADD COLUMN password_change_required BOOLEAN NOT NULL DEFAULT FALSE,
    ADD COLUMN totp_secret VARCHAR(64) NULL,
    ADD COLUMN totp_enabled_at DATETIME(6) NULL,
    ADD COLUMN totp_last_step BIGINT NULL;

CREATE TABLE app_user_recovery_code (
    id         BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    user_id    BIGINT      NOT NULL,
    code_hash  CHAR(64)    NOT NULL,
    created_at DATETIME(6) NOT NULL,
    used_at    DATETIME(6) NULL,
    CONSTRAINT uk_recovery_code UNIQUE (user_id, code_hash),
    CONSTRAINT fk_recovery_code_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
