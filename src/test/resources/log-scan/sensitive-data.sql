-- One query a line, each selecting one text column whose values must never appear in an application log.
-- LogScanIT runs them against the test database at the end of the build. Add a line for each new kind of
-- personal data (e.g. case references, children's names) when its table is created.
SELECT full_name FROM app_user
SELECT email FROM app_user
SELECT password_hash FROM app_user
SELECT case_reference FROM case_record
SELECT child_reference FROM case_record
SELECT social_worker FROM case_record
SELECT team_manager FROM case_record
SELECT token_hash FROM case_integration_token
