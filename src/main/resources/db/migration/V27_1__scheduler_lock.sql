-- Leases of the scheduled jobs (ShedLock): a job runs only on the node that holds its row's lease, so the nightly
-- purge and the scheduled packs run once however many application nodes there are. Times are the server's.
CREATE TABLE shedlock (
    name VARCHAR(64) NOT NULL PRIMARY KEY,
    lock_until TIMESTAMP(3) NOT NULL,
    locked_at TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    locked_by VARCHAR(255) NOT NULL
);
