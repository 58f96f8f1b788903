-- Delivery groups (issue 20): the safeguarding partnership's named groups, each with a chair, that own actions as
-- well as committees do. The audit lead or an administrator keeps the list; an action may be owned by a group
-- (with or without a person), and the action-plan workbook and progress report can be filtered to one group.
CREATE TABLE delivery_group (
    id         BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name       VARCHAR(120) NOT NULL,
    chair      VARCHAR(200) NOT NULL,
    updated_by VARCHAR(64)  NOT NULL,
    updated_at DATETIME(6)  NOT NULL,
    version    BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_delivery_group_name UNIQUE (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

ALTER TABLE action_item ADD COLUMN delivery_group_id BIGINT NULL,
    ADD CONSTRAINT fk_action_item_delivery_group FOREIGN KEY (delivery_group_id) REFERENCES delivery_group (id);
