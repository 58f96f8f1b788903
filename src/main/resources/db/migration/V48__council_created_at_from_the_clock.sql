-- Issue 25 review: the installation council's "Active since" showed the database's wall-clock time of the first
-- migration (V36_1 stamped it with UTC_TIMESTAMP), not the application's clock, which is where every other time comes
-- from (a demo or test installation runs on a clock of its own). On a fresh installation (no user yet: these
-- migrations run before the application's first start) the creation time is left empty here and the application
-- stamps it from its injected Clock when it starts (installation.internal.InstallationCouncilStamp). An installation
-- that already has users keeps the time V36_1 gave it.
ALTER TABLE council MODIFY created_at DATETIME(6) NULL;
UPDATE council SET created_at = NULL WHERE id = 1 AND NOT EXISTS (SELECT 1 FROM app_user);
