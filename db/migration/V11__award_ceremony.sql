-- The award ceremony (issue 6, parts 3 and 4): the decided recipients called on stage in numbered batches, the
-- leader who presents each batch, who receives for a collective (or which delegate a person is, for the check-in
-- flag), stand-ins, and the batch on the hall's screen now. Portable between MySQL 8 and MariaDB 11.

-- One row per conference with a ceremony: how batches are made, and the live state (the batch on stage), stored
-- so that after a restart the hall shows the same batch. The version guards the plan, not the live state.
CREATE TABLE ceremony (
    conference_id    BIGINT        PRIMARY KEY,
    batch_size       INT           NOT NULL DEFAULT 10,
    order_rule       VARCHAR(40)   NOT NULL,              -- CeremonyOrder: COLLECTIVES_FIRST_BY_UNIT, …
    generated_at     DATETIME(3),                         -- UTC
    generated_by     VARCHAR(100),
    current_batch    INT,                                 -- the batch on stage; null: none (the item's opening words)
    live_changed_at  DATETIME(3),
    live_changed_by  VARCHAR(100),
    version          INT           NOT NULL DEFAULT 0,
    CONSTRAINT fk_ceremony_conference FOREIGN KEY (conference_id) REFERENCES conference (id) ON DELETE CASCADE,
    CONSTRAINT ck_ceremony_batch_size CHECK (batch_size BETWEEN 1 AND 50)
) DEFAULT CHARSET = utf8mb4;

-- A batch called on stage together, numbered from 1, and the leader who presents it.
CREATE TABLE ceremony_batch (
    id                     BIGINT AUTO_INCREMENT PRIMARY KEY,
    conference_id          BIGINT  NOT NULL,
    number                 INT     NOT NULL,
    presenter_delegate_id  BIGINT,
    version                INT     NOT NULL DEFAULT 0,
    CONSTRAINT fk_ceremony_batch_conference FOREIGN KEY (conference_id) REFERENCES conference (id) ON DELETE CASCADE,
    CONSTRAINT fk_ceremony_batch_presenter FOREIGN KEY (presenter_delegate_id) REFERENCES delegate (id) ON DELETE SET NULL,
    CONSTRAINT uq_ceremony_batch_number UNIQUE (conference_id, number)
) DEFAULT CHARSET = utf8mb4;

-- A decided nomination's place in the ceremony: its batch and order in it; the delegate who receives for a
-- collective, or who the honoured person is among the delegates (for the check-in flag); a stand-in.
CREATE TABLE ceremony_recipient (
    nomination_id   BIGINT        PRIMARY KEY,
    batch_id        BIGINT        NOT NULL,
    position        INT           NOT NULL,               -- order within the batch
    delegate_id     BIGINT,
    stand_in_name   VARCHAR(255),                         -- "nhận thay": who comes up instead
    stand_in_title  VARCHAR(255),
    version         INT           NOT NULL DEFAULT 0,
    CONSTRAINT fk_ceremony_recipient_nomination FOREIGN KEY (nomination_id) REFERENCES nomination (id) ON DELETE CASCADE,
    CONSTRAINT fk_ceremony_recipient_batch FOREIGN KEY (batch_id) REFERENCES ceremony_batch (id) ON DELETE CASCADE,
    CONSTRAINT fk_ceremony_recipient_delegate FOREIGN KEY (delegate_id) REFERENCES delegate (id) ON DELETE SET NULL
) DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_ceremony_recipient_batch ON ceremony_recipient (batch_id, position);
