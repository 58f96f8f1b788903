-- Action plans (module findings): one row per action in the committee's form (issue identified | action taken by
-- the service | owner | due date | status), carried over between cycles until complete. Overdue and RAG are computed
-- from the due date and the clock, never stored. Progress notes are append-only rows. A completed action may link the
-- re-audit cycle that checks whether the change took hold. Every change is also written to the audit trail.

CREATE TABLE action_item (
    id                BIGINT        NOT NULL AUTO_INCREMENT,
    source_cycle_id   BIGINT        NULL,
    template_id       VARCHAR(100)  NULL,
    theme             VARCHAR(100)  NULL,
    question_ids      VARCHAR(1000) NULL,
    issue             TEXT          NOT NULL,
    action_text       TEXT          NOT NULL,
    owner_username    VARCHAR(100)  NULL,
    owner_name        VARCHAR(200)  NULL,
    due_date          DATE          NULL,
    status            VARCHAR(20)   NOT NULL,
    evidence          TEXT          NULL,
    completed_on      DATE          NULL,
    completed_by      VARCHAR(100)  NULL,
    reaudit_cycle_id  BIGINT        NULL,
    created_by        VARCHAR(100)  NOT NULL,
    created_at        DATETIME(6)   NOT NULL,
    updated_by        VARCHAR(100)  NOT NULL,
    updated_at        DATETIME(6)   NOT NULL,
    version           BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT ck_action_item_status CHECK (status IN ('NOT_STARTED', 'IN_PROGRESS', 'COMPLETE'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_action_item_status ON action_item (status, due_date);
CREATE INDEX ix_action_item_owner ON action_item (owner_username, status);
CREATE INDEX ix_action_item_cycle ON action_item (source_cycle_id);

CREATE TABLE action_progress_note (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    action_id   BIGINT       NOT NULL,
    noted_on    DATE         NOT NULL,
    noted_at    DATETIME(6)  NOT NULL,
    author      VARCHAR(100) NOT NULL,
    note        TEXT         NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_action_progress_note_action FOREIGN KEY (action_id) REFERENCES action_item (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_action_progress_note_action ON action_progress_note (action_id, id);
