-- Delegates, their composition groups, remote meeting points, hall seating and the mail outbox.

-- Per-conference key for the HMAC that signs delegates' QR codes; created on first use.
ALTER TABLE conference ADD COLUMN qr_secret VARBINARY(32);

-- "Thành phần": the ordered groups a conference's delegates are listed in.
CREATE TABLE composition_group (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    conference_id   BIGINT       NOT NULL,
    name            VARCHAR(255) NOT NULL,
    position        INT          NOT NULL,
    search_key      VARCHAR(255) NOT NULL,
    CONSTRAINT fk_group_conference FOREIGN KEY (conference_id) REFERENCES conference (id) ON DELETE CASCADE,
    CONSTRAINT uq_group_name UNIQUE (conference_id, search_key)
) DEFAULT CHARSET = utf8mb4;

-- "Điểm cầu": the hall (main point, is_hall) and the remote video rooms.
CREATE TABLE meeting_point (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    conference_id       BIGINT        NOT NULL,
    name                VARCHAR(255)  NOT NULL,
    is_hall             BOOLEAN       NOT NULL DEFAULT FALSE,
    host_unit_id        BIGINT,
    room                VARCHAR(500),
    technician          VARCHAR(255),
    technician_phone    VARCHAR(30),
    expected_attendees  INT           NOT NULL DEFAULT 0,
    meeting_link        VARCHAR(1000),
    position            INT           NOT NULL,
    search_key          VARCHAR(255)  NOT NULL,
    version             INT           NOT NULL DEFAULT 0,
    CONSTRAINT fk_point_conference FOREIGN KEY (conference_id) REFERENCES conference (id) ON DELETE CASCADE,
    CONSTRAINT fk_point_unit FOREIGN KEY (host_unit_id) REFERENCES unit (id),
    CONSTRAINT uq_point_name UNIQUE (conference_id, search_key),
    CONSTRAINT ck_point_expected CHECK (expected_attendees >= 0)
) DEFAULT CHARSET = utf8mb4;

-- The hall's seat rows, front to back. Reserved rows are kept for the leaders with a protocol rank.
CREATE TABLE hall_row (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    conference_id   BIGINT       NOT NULL,
    label           VARCHAR(10)  NOT NULL,
    position        INT          NOT NULL,
    seat_count      INT          NOT NULL,
    reserved        BOOLEAN      NOT NULL DEFAULT FALSE,
    CONSTRAINT fk_hall_row_conference FOREIGN KEY (conference_id) REFERENCES conference (id) ON DELETE CASCADE,
    CONSTRAINT uq_hall_row UNIQUE (conference_id, label),
    CONSTRAINT ck_hall_row_seats CHECK (seat_count > 0 AND seat_count <= 200)
) DEFAULT CHARSET = utf8mb4;

CREATE TABLE delegate (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    conference_id       BIGINT        NOT NULL,
    full_name           VARCHAR(255)  NOT NULL,
    gender              VARCHAR(10),                   -- MALE, FEMALE
    title               VARCHAR(500),                  -- "chức vụ"
    unit_id             BIGINT,
    group_id            BIGINT,
    point_id            BIGINT        NOT NULL,
    protocol_rank       INT,                           -- order the MC introduces leaders in; null = not introduced
    seat_row            VARCHAR(10),
    seat_number         INT,
    phone               VARCHAR(20),
    email               VARCHAR(255),
    notes               VARCHAR(1000),
    substitute_name     VARCHAR(255),                  -- "dự thay": who comes instead of the invited person
    substitute_title    VARCHAR(500),
    substitute_phone    VARCHAR(20),
    invitation_status   VARCHAR(20)   NOT NULL DEFAULT 'NOT_SENT', -- NOT_SENT, SENT, CONFIRMED, DECLINED, SUBSTITUTE
    responded_at        DATETIME(3),
    qr_serial           INT           NOT NULL DEFAULT 1, -- reissuing a code increments it and voids the old code
    checked_in_at       DATETIME(3),
    name_key            VARCHAR(255)  NOT NULL,         -- folded full name
    search_key          VARCHAR(1200) NOT NULL,         -- folded name, title, unit, phone, e-mail
    withdrawn_at        DATETIME(3),
    withdrawn_by        VARCHAR(100),
    version             INT           NOT NULL DEFAULT 0,
    created_at          DATETIME(3)   NOT NULL,
    CONSTRAINT fk_delegate_conference FOREIGN KEY (conference_id) REFERENCES conference (id) ON DELETE CASCADE,
    CONSTRAINT fk_delegate_unit FOREIGN KEY (unit_id) REFERENCES unit (id),
    CONSTRAINT fk_delegate_group FOREIGN KEY (group_id) REFERENCES composition_group (id),
    CONSTRAINT fk_delegate_point FOREIGN KEY (point_id) REFERENCES meeting_point (id),
    CONSTRAINT uq_delegate_seat UNIQUE (conference_id, seat_row, seat_number),
    CONSTRAINT ck_delegate_rank CHECK (protocol_rank IS NULL OR protocol_rank > 0)
) DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_delegate_name ON delegate (conference_id, name_key);
CREATE INDEX ix_delegate_phone ON delegate (conference_id, phone);
CREATE INDEX ix_delegate_email ON delegate (conference_id, email);

-- Every mail the app sends. Without a mail server (dev), mails stay here and are read on the outbox page.
CREATE TABLE mail_outbox (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    conference_id     BIGINT        NOT NULL,
    delegate_id       BIGINT,
    recipient         VARCHAR(255)  NOT NULL,
    subject           VARCHAR(500)  NOT NULL,
    body              TEXT          NOT NULL,
    attachment_name   VARCHAR(255),
    attachment        MEDIUMBLOB,
    status            VARCHAR(20)   NOT NULL,            -- KEPT (no server), SENT, FAILED
    error             VARCHAR(1000),
    created_at        DATETIME(3)   NOT NULL,
    created_by        VARCHAR(100)  NOT NULL,
    CONSTRAINT fk_mail_conference FOREIGN KEY (conference_id) REFERENCES conference (id) ON DELETE CASCADE,
    CONSTRAINT fk_mail_delegate FOREIGN KEY (delegate_id) REFERENCES delegate (id)
) DEFAULT CHARSET = utf8mb4;
