-- The agenda ("chương trình hội nghị"): ordered items, each with a stable id, so the live state
-- (current item, when it started, pauses, stage messages) can later point at an item by its id.

-- One row per conference that has an agenda: its version guards the order (reorder, add, delete, import,
-- template) against two editors at once. Each item has its own version for edits of its fields.
CREATE TABLE agenda (
    conference_id   BIGINT      PRIMARY KEY,
    version         INT         NOT NULL DEFAULT 0,
    changed_at      DATETIME(3),
    changed_by      VARCHAR(100),
    CONSTRAINT fk_agenda_conference FOREIGN KEY (conference_id) REFERENCES conference (id) ON DELETE CASCADE
) DEFAULT CHARSET = utf8mb4;

CREATE TABLE agenda_item (
    id                      BIGINT AUTO_INCREMENT PRIMARY KEY,
    conference_id           BIGINT        NOT NULL,
    position                INT           NOT NULL,              -- 1, 2, 3… in the order of the day
    kind                    VARCHAR(20)   NOT NULL,              -- CEREMONY, PERFORMANCE, SPEECH, REPORT, CONTRIBUTION, DISCUSSION, AWARDS, BREAK, CLOSING
    title                   VARCHAR(500)  NOT NULL,
    presenter_delegate_id   BIGINT,                              -- a delegate of the conference, or
    presenter               VARCHAR(255),                        -- free text ("Người dẫn chương trình", "Lãnh đạo tỉnh")
    unit_name               VARCHAR(500),
    planned_minutes         INT           NOT NULL,
    point_id                BIGINT,                              -- where it comes from: a remote point; null = the hall
    script                  TEXT,                                -- the MC's words ("lời dẫn")
    notes                   VARCHAR(2000),
    version                 INT           NOT NULL DEFAULT 0,
    created_at              DATETIME(3)   NOT NULL,
    CONSTRAINT fk_agenda_item_conference FOREIGN KEY (conference_id) REFERENCES conference (id) ON DELETE CASCADE,
    CONSTRAINT fk_agenda_item_delegate FOREIGN KEY (presenter_delegate_id) REFERENCES delegate (id) ON DELETE SET NULL,
    CONSTRAINT fk_agenda_item_point FOREIGN KEY (point_id) REFERENCES meeting_point (id),
    CONSTRAINT ck_agenda_item_minutes CHECK (planned_minutes > 0 AND planned_minutes <= 600)
) DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_agenda_item_order ON agenda_item (conference_id, position);
