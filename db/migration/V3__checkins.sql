-- Check-ins at the gates and the remote points, and the scanner devices that may post them.

-- One row per check-in, annulled ones kept with who, when and why. delegate.checked_in_at mirrors the
-- active one: the conditional update of that single row is what makes one delegate check in only once.
CREATE TABLE checkin (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    conference_id   BIGINT        NOT NULL,
    delegate_id     BIGINT        NOT NULL,
    attendee_name   VARCHAR(255)  NOT NULL,           -- the substitute when one came instead
    substitute      BOOLEAN       NOT NULL DEFAULT FALSE,
    gate            VARCHAR(100)  NOT NULL,
    method          VARCHAR(20)   NOT NULL,           -- QR, SEARCH, API
    checked_in_at   DATETIME(3)   NOT NULL,           -- UTC
    checked_in_by   VARCHAR(100)  NOT NULL,
    request_id      VARCHAR(64),                      -- a scanner's own id: a repeated request is answered, not redone
    annulled_at     DATETIME(3),
    annulled_by     VARCHAR(100),
    annul_reason    VARCHAR(500),
    CONSTRAINT fk_checkin_conference FOREIGN KEY (conference_id) REFERENCES conference (id) ON DELETE CASCADE,
    CONSTRAINT fk_checkin_delegate FOREIGN KEY (delegate_id) REFERENCES delegate (id),
    CONSTRAINT uq_checkin_request UNIQUE (conference_id, request_id)
) DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_checkin_delegate ON checkin (delegate_id, annulled_at);
CREATE INDEX ix_checkin_time ON checkin (conference_id, checked_in_at);

-- A kiosk or handheld scanner: its token (only the SHA-256 is kept) binds it to one conference and gate.
CREATE TABLE scanner_device (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    conference_id   BIGINT        NOT NULL,
    name            VARCHAR(100)  NOT NULL,
    gate            VARCHAR(100)  NOT NULL,
    token_hash      CHAR(64)      NOT NULL,
    created_at      DATETIME(3)   NOT NULL,
    created_by      VARCHAR(100)  NOT NULL,
    revoked_at      DATETIME(3),
    CONSTRAINT fk_device_conference FOREIGN KEY (conference_id) REFERENCES conference (id) ON DELETE CASCADE,
    CONSTRAINT uq_device_token UNIQUE (token_hash)
) DEFAULT CHARSET = utf8mb4;
