-- Health declaration at the gate, optional per conference (the 2021 COVID-19 notices required it).

-- The conference's setting: on or off, and the questions asked (1–5, one per line, in order).
-- No row means off with the default questions.
CREATE TABLE health_setting (
    conference_id   BIGINT        PRIMARY KEY,
    enabled         BOOLEAN       NOT NULL DEFAULT FALSE,
    questions       TEXT          NOT NULL,           -- one question per line
    version         INT           NOT NULL DEFAULT 0,
    updated_at      DATETIME(3)   NOT NULL,           -- UTC
    updated_by      VARCHAR(100)  NOT NULL,
    CONSTRAINT fk_health_setting_conference FOREIGN KEY (conference_id) REFERENCES conference (id) ON DELETE CASCADE
) DEFAULT CHARSET = utf8mb4;

-- Every declaration made at a gate or a scanner device. Sensitive: only the committee lists them.
-- A declaration that leads to a check-in is written in the same transaction as the check-in (checkin_id).
-- A flagged one (any "yes") does not check in; the committee clears it once the medical desk allows the
-- delegate in, which checks the delegate in then (cleared_*, checkin_id).
CREATE TABLE health_declaration (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    conference_id   BIGINT        NOT NULL,
    delegate_id     BIGINT        NOT NULL,
    attendee_name   VARCHAR(255)  NOT NULL,           -- the substitute when one came instead
    questions       TEXT          NOT NULL,           -- the questions as asked, one per line
    answers         VARCHAR(10)   NOT NULL,           -- one character per question: N = không, Y = có
    flagged         BOOLEAN       NOT NULL,           -- any "yes": referred to the medical desk
    declared_at     DATETIME(3)   NOT NULL,           -- UTC
    gate            VARCHAR(100)  NOT NULL,
    declared_by     VARCHAR(100)  NOT NULL,           -- the account, or "thiết bị: <name>"
    checkin_id      BIGINT,
    cleared_at      DATETIME(3),
    cleared_by      VARCHAR(100),
    CONSTRAINT fk_health_declaration_conference FOREIGN KEY (conference_id) REFERENCES conference (id) ON DELETE CASCADE,
    CONSTRAINT fk_health_declaration_delegate FOREIGN KEY (delegate_id) REFERENCES delegate (id),
    CONSTRAINT fk_health_declaration_checkin FOREIGN KEY (checkin_id) REFERENCES checkin (id)
) DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_health_declaration_list ON health_declaration (conference_id, flagged, declared_at);
CREATE INDEX ix_health_declaration_delegate ON health_declaration (delegate_id, flagged, cleared_at);
