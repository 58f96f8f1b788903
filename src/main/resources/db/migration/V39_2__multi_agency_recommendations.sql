-- Multi-agency audits (issue 26): the panel's recommendations, each also an action in the action plan (findings) owned
-- by an agency and, where relevant, a delivery group. Immediate concerns (ma_concern) go there too; the delivery
-- group of a concern's action is held by the action itself.
CREATE TABLE ma_recommendation (
    id                BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    council_id        BIGINT      NOT NULL DEFAULT 1,
    audit_id          BIGINT      NOT NULL,
    agency_id         BIGINT      NULL,
    delivery_group_id BIGINT      NULL,
    -- the group's name when the recommendation was made: agency co-ordinators read it without the groups' list
    delivery_group    VARCHAR(150) NULL,
    text              TEXT        NOT NULL,
    due_date          DATE        NOT NULL,
    action_id         BIGINT      NOT NULL,
    raised_by         VARCHAR(64) NOT NULL,
    raised_at         DATETIME(6) NOT NULL,
    CONSTRAINT fk_ma_recommendation_audit FOREIGN KEY (audit_id) REFERENCES ma_audit (id),
    CONSTRAINT fk_ma_recommendation_agency FOREIGN KEY (agency_id) REFERENCES ma_agency (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
