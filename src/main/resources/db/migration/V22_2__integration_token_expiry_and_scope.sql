-- Integration tokens get an expiry date and a scope (issue 19): IMPORT (POST /api/imports), EXPORT
-- (GET /api/cases.csv). Tokens made before keep both scopes and expire a year after they were made.
ALTER TABLE case_integration_token
    ADD COLUMN expires_at DATETIME(6) NULL,
    ADD COLUMN scopes     VARCHAR(40) NOT NULL DEFAULT 'IMPORT,EXPORT';

UPDATE case_integration_token SET expires_at = created_at + INTERVAL 1 YEAR WHERE expires_at IS NULL;

ALTER TABLE case_integration_token MODIFY expires_at DATETIME(6) NOT NULL;
