-- Secret links for unattended displays (the hall screen, a point's screen, the technicians' view). A link is
-- bound to one conference and one kind of screen (and, for a point's screen, one point). Only the SHA-256 of
-- the secret is stored; the display keeps the secret in a cookie, so it signs itself in again after a restart.
CREATE TABLE screen_link (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    conference_id     BIGINT        NOT NULL,
    kind              VARCHAR(20)   NOT NULL,   -- HALL, POINT, TECHNICIAN
    meeting_point_id  BIGINT,                   -- set for POINT only
    label             VARCHAR(100)  NOT NULL,
    token_hash        CHAR(64)      NOT NULL,
    created_at        DATETIME(3)   NOT NULL,
    created_by        VARCHAR(100)  NOT NULL,
    last_used_at      DATETIME(3),
    revoked_at        DATETIME(3),
    revoked_by        VARCHAR(100),
    CONSTRAINT fk_screen_link_conference FOREIGN KEY (conference_id) REFERENCES conference (id) ON DELETE CASCADE,
    CONSTRAINT fk_screen_link_point FOREIGN KEY (meeting_point_id) REFERENCES meeting_point (id) ON DELETE CASCADE,
    CONSTRAINT uq_screen_link_token UNIQUE (token_hash)
) DEFAULT CHARSET = utf8mb4;
