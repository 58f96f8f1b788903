-- Teams as reference data (issue 23): one row per team with the other spellings exports and people use for it
-- (aliases, one per line), its managers (usernames, comma-separated) and whether it is still in use. Names and
-- aliases are unique across all teams (checked by TeamService: an alias may not be another team's name). The
-- free-text teams already in the register (case_team) and on users are mapped by V24_3 (Java: spellings with the
-- same words in another order become aliases of one team).
CREATE TABLE team (
    id         BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name       VARCHAR(120)  NOT NULL,
    aliases    TEXT          NULL,
    managers   VARCHAR(1000) NULL,
    active     BOOLEAN       NOT NULL DEFAULT TRUE,
    updated_by VARCHAR(64)   NOT NULL,
    updated_at DATETIME(6)   NOT NULL,
    version    BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uk_team_name UNIQUE (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
