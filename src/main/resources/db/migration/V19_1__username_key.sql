-- Issue 19: one spelling of every username (security.Usernames: NFKC, case folded, accents removed), unique and
-- compared exactly. The username itself stays as it was (other tables name users by it); existing usernames are
-- plain ASCII (the user form has always allowed only letters, digits, dot, dash and underscore), so their key is
-- their lower case.
ALTER TABLE app_user ADD COLUMN username_key VARCHAR(64) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NULL AFTER username;
UPDATE app_user SET username_key = LOWER(username);
ALTER TABLE app_user MODIFY username_key VARCHAR(64) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    ADD CONSTRAINT uk_app_user_username_key UNIQUE (username_key);
