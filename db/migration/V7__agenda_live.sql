-- The live state of a conference's programme: which item is on, since when, pauses, extra time, the stage
-- message. One row per conference, written by the MC's screen and read by every screen of the conference, so
-- after a restart the hall comes back where it was: elapsed time is computed from these instants.
CREATE TABLE agenda_live (
    conference_id       BIGINT        PRIMARY KEY,
    current_item_id     BIGINT,                              -- null: not started yet, or ended (ended_at set)
    started_at          DATETIME(3),                         -- when the current item started
    paused_at           DATETIME(3),                         -- set while paused
    paused_millis       BIGINT        NOT NULL DEFAULT 0,    -- pauses of the current item before paused_at
    extra_seconds       INT           NOT NULL DEFAULT 0,    -- time granted to the current item on top of its plan
    message             VARCHAR(500),                        -- the stage message to the speaker ("Còn 1 phút")
    message_at          DATETIME(3),
    ended_at            DATETIME(3),                         -- the programme went past its last item
    changed_at          DATETIME(3),
    changed_by          VARCHAR(100),
    CONSTRAINT fk_agenda_live_conference FOREIGN KEY (conference_id) REFERENCES conference (id) ON DELETE CASCADE,
    CONSTRAINT fk_agenda_live_item FOREIGN KEY (current_item_id) REFERENCES agenda_item (id) ON DELETE SET NULL
) DEFAULT CHARSET = utf8mb4;
