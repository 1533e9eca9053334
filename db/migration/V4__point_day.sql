-- The day at the remote points: each point's video connection status and the extra people it counts,
-- and the accounts that coordinate a point (one point per account and conference).

ALTER TABLE meeting_point
    ADD COLUMN connection_status  VARCHAR(20)  NOT NULL DEFAULT 'NOT_TESTED',
    ADD COLUMN status_changed_at  DATETIME(3),
    ADD COLUMN status_changed_by  VARCHAR(100),
    ADD COLUMN extra_attendees    INT          NOT NULL DEFAULT 0;

CREATE TABLE point_coordinator (
    conference_id     BIGINT NOT NULL,
    account_id        BIGINT NOT NULL,
    meeting_point_id  BIGINT NOT NULL,
    PRIMARY KEY (conference_id, account_id),
    CONSTRAINT fk_coordinator_conference FOREIGN KEY (conference_id) REFERENCES conference (id) ON DELETE CASCADE,
    CONSTRAINT fk_coordinator_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE,
    CONSTRAINT fk_coordinator_point FOREIGN KEY (meeting_point_id) REFERENCES meeting_point (id) ON DELETE CASCADE
) DEFAULT CHARSET = utf8mb4;
