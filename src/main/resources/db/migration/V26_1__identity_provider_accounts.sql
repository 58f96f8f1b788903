-- Issue 24: accounts that sign in with the council's OpenID Connect identity provider. identity_provider is the
-- registration id of the provider (caseaudit.oidc.providers.<id>), null for a local account; provider_subject is the
-- provider's stable subject ("sub") of the person, bound at the first sign-in. A provider account has no usable local
-- password: its password_hash is a random value nobody knows, and the form sign-in refuses it.
ALTER TABLE app_user
    ADD COLUMN identity_provider VARCHAR(64) NULL,
    ADD COLUMN provider_subject VARCHAR(255) NULL,
    ADD CONSTRAINT uk_app_user_provider_subject UNIQUE (identity_provider, provider_subject);
