-- The points on the day (issue 22): the rehearsal, asking for the floor, alerts to the technicians on duty, and
-- the record of each point's day.

-- Every status a point's desk reported, in order: outages and their length are read from it afterwards.
CREATE TABLE point_status_event (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    conference_id     BIGINT        NOT NULL,
    meeting_point_id  BIGINT        NOT NULL,
    status            VARCHAR(20)   NOT NULL,            -- ConnectionStatus
    reported_at       DATETIME(3)   NOT NULL,
    reported_by       VARCHAR(100),
    CONSTRAINT fk_status_event_conference FOREIGN KEY (conference_id) REFERENCES conference (id) ON DELETE CASCADE,
    CONSTRAINT fk_status_event_point FOREIGN KEY (meeting_point_id) REFERENCES meeting_point (id) ON DELETE CASCADE
) DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_status_event_point ON point_status_event (conference_id, meeting_point_id, reported_at);

-- The rehearsal ("tổng duyệt"): when it is, and when the committee reset the day's state after it.
CREATE TABLE rehearsal (
    conference_id     BIGINT        PRIMARY KEY,
    starts_at         DATETIME(3),
    day_reset_at      DATETIME(3),                       -- statuses and headcounts cleared; the record kept
    day_reset_by      VARCHAR(100),
    CONSTRAINT fk_rehearsal_plan_conference FOREIGN KEY (conference_id) REFERENCES conference (id) ON DELETE CASCADE
) DEFAULT CHARSET = utf8mb4;

-- A point's rehearsal checklist: the last tick of each item, with its time. A reset of the day keeps it.
CREATE TABLE rehearsal_check (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    conference_id     BIGINT        NOT NULL,
    meeting_point_id  BIGINT        NOT NULL,
    item              VARCHAR(20)   NOT NULL,            -- RehearsalItem: LINK, SOUND, CAMERA, HALL_FEED, ROOM
    ok                TINYINT(1)    NOT NULL,            -- false: tried and failed
    note              VARCHAR(500),
    checked_at        DATETIME(3)   NOT NULL,
    checked_by        VARCHAR(100),
    CONSTRAINT fk_rehearsal_conference FOREIGN KEY (conference_id) REFERENCES conference (id) ON DELETE CASCADE,
    CONSTRAINT fk_rehearsal_point FOREIGN KEY (meeting_point_id) REFERENCES meeting_point (id) ON DELETE CASCADE,
    CONSTRAINT uq_rehearsal_check UNIQUE (meeting_point_id, item)
) DEFAULT CHARSET = utf8mb4;

-- A request for the floor ("xin phát biểu") in a discussion: from a point's desk, or (later) a delegate in the hall.
CREATE TABLE floor_request (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    conference_id     BIGINT        NOT NULL,
    agenda_item_id    BIGINT,                            -- the discussion it was asked in
    meeting_point_id  BIGINT,                            -- asked from a point; null = from the hall
    delegate_id       BIGINT,                            -- the delegate who asked for themselves, if any
    speaker           VARCHAR(255)  NOT NULL,
    topic             VARCHAR(500),
    state             VARCHAR(20)   NOT NULL,            -- FloorState: WAITING, SPEAKING, DONE, DECLINED, WITHDRAWN
    requested_at      DATETIME(3)   NOT NULL,
    requested_by      VARCHAR(100),
    decided_at        DATETIME(3),                       -- granted or declined
    decided_by        VARCHAR(100),
    started_at        DATETIME(3),                       -- took the floor
    ended_at          DATETIME(3),                       -- gave it back: ended_at - started_at is the time taken
    version           INT           NOT NULL DEFAULT 0,
    CONSTRAINT fk_floor_conference FOREIGN KEY (conference_id) REFERENCES conference (id) ON DELETE CASCADE,
    CONSTRAINT fk_floor_item FOREIGN KEY (agenda_item_id) REFERENCES agenda_item (id) ON DELETE SET NULL,
    CONSTRAINT fk_floor_point FOREIGN KEY (meeting_point_id) REFERENCES meeting_point (id) ON DELETE CASCADE,
    CONSTRAINT fk_floor_delegate FOREIGN KEY (delegate_id) REFERENCES delegate (id) ON DELETE SET NULL
) DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_floor_request_queue ON floor_request (conference_id, state, requested_at);

-- The technician on duty for a cluster of points ("trực kỹ thuật"); cluster '' = every point whose cluster has none.
CREATE TABLE cluster_duty (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    conference_id     BIGINT        NOT NULL,
    cluster           VARCHAR(100)  NOT NULL,
    technician        VARCHAR(255)  NOT NULL,
    phone             VARCHAR(30),
    email             VARCHAR(255),
    CONSTRAINT fk_duty_conference FOREIGN KEY (conference_id) REFERENCES conference (id) ON DELETE CASCADE,
    CONSTRAINT uq_cluster_duty UNIQUE (conference_id, cluster)
) DEFAULT CHARSET = utf8mb4;

-- An alert about a point: raised when it is reported lost or in trouble, or stays silent too long; cleared when it
-- reports a good link again; acknowledged by a person.
CREATE TABLE point_alert (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    conference_id     BIGINT        NOT NULL,
    meeting_point_id  BIGINT        NOT NULL,
    kind              VARCHAR(20)   NOT NULL,            -- AlertKind: LOST, TROUBLE, SILENT
    raised_at         DATETIME(3)   NOT NULL,
    notified          VARCHAR(1000),                     -- who was told, through which channel
    cleared_at        DATETIME(3),
    acknowledged_at   DATETIME(3),
    acknowledged_by   VARCHAR(100),
    CONSTRAINT fk_alert_conference FOREIGN KEY (conference_id) REFERENCES conference (id) ON DELETE CASCADE,
    CONSTRAINT fk_alert_point FOREIGN KEY (meeting_point_id) REFERENCES meeting_point (id) ON DELETE CASCADE
) DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_point_alert_open ON point_alert (conference_id, cleared_at, acknowledged_at);
