-- Files that units send (contributions, the narrative of their report), kept in the database so that a file and the
-- row that refers to it are written in one transaction and backed up together. A file is never changed: a new
-- upload is a new row. Only PDF and DOCX are accepted, checked by their content, not their name.
CREATE TABLE stored_file (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    conference_id   BIGINT         NOT NULL,
    unit_id         BIGINT         NOT NULL,              -- the unit that sent it
    file_name       VARCHAR(255)   NOT NULL,              -- as the sender named it
    media_type      VARCHAR(100)   NOT NULL,              -- application/pdf or the DOCX type, from the content
    size_bytes      BIGINT         NOT NULL,
    sha256          CHAR(64)       NOT NULL,
    page_count      INT,                                  -- PDFs only
    content         LONGBLOB       NOT NULL,
    uploaded_at     DATETIME(3)    NOT NULL,              -- UTC
    uploaded_by     VARCHAR(100)   NOT NULL,
    CONSTRAINT fk_stored_file_conference FOREIGN KEY (conference_id) REFERENCES conference (id) ON DELETE CASCADE,
    CONSTRAINT fk_stored_file_unit FOREIGN KEY (unit_id) REFERENCES unit (id)
) DEFAULT CHARSET = utf8mb4;

-- Speaker contributions ("tham luận") the plan assigns to units: a topic and a deadline; the unit sends versions of
-- its text and names its speaker; the committee reviews each version and decides whether it is spoken (an agenda
-- item) or only printed in the proceedings.
CREATE TABLE contribution (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    conference_id    BIGINT         NOT NULL,
    position         INT            NOT NULL,             -- 1, 2, 3… as the plan numbers them; the proceedings' order
    unit_id          BIGINT         NOT NULL,
    topic            VARCHAR(1000)  NOT NULL,
    deadline         DATE           NOT NULL,             -- "trước ngày …": the whole day counts
    notes            VARCHAR(1000),                       -- "ưu tiên người trực tiếp làm nhiệm vụ"
    status           VARCHAR(20)    NOT NULL,             -- ASSIGNED, SUBMITTED, CHANGES_REQUESTED, ACCEPTED, REFUSED
    speaker_name     VARCHAR(255),
    speaker_title    VARCHAR(255),                        -- "Bác sĩ, Khoa Hồi sức tích cực"
    speaker_minutes  INT,                                 -- the minutes the unit asks for
    speaks_from_point_id BIGINT,                          -- the remote point the speaker speaks from; null = the hall
    delivery         VARCHAR(20),                         -- once accepted: SPOKEN (an agenda item) or PRINTED only
    agenda_item_id   BIGINT,                              -- the agenda item made for it, when spoken
    reminded_at      DATETIME(3),                         -- UTC, the last reminder e-mail
    version          INT            NOT NULL DEFAULT 0,
    created_at       DATETIME(3)    NOT NULL,             -- UTC
    changed_at       DATETIME(3),
    changed_by       VARCHAR(100),
    CONSTRAINT fk_contribution_conference FOREIGN KEY (conference_id) REFERENCES conference (id) ON DELETE CASCADE,
    CONSTRAINT fk_contribution_unit FOREIGN KEY (unit_id) REFERENCES unit (id),
    CONSTRAINT fk_contribution_point FOREIGN KEY (speaks_from_point_id) REFERENCES meeting_point (id) ON DELETE SET NULL,
    CONSTRAINT fk_contribution_agenda_item FOREIGN KEY (agenda_item_id) REFERENCES agenda_item (id) ON DELETE SET NULL,
    CONSTRAINT ck_contribution_status CHECK (status IN ('ASSIGNED', 'SUBMITTED', 'CHANGES_REQUESTED', 'ACCEPTED', 'REFUSED')),
    CONSTRAINT ck_contribution_delivery CHECK (delivery IN ('SPOKEN', 'PRINTED')),
    CONSTRAINT ck_contribution_minutes CHECK (speaker_minutes > 0 AND speaker_minutes <= 120)
) DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_contribution_order ON contribution (conference_id, position);
CREATE INDEX ix_contribution_unit ON contribution (unit_id);

-- Every file a unit sent for a contribution, numbered 1, 2, 3…: earlier versions are kept.
CREATE TABLE contribution_version (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    contribution_id  BIGINT         NOT NULL,
    number           INT            NOT NULL,
    stored_file_id   BIGINT         NOT NULL,
    note             VARCHAR(1000),                       -- the unit's words with it ("đã sửa theo góp ý")
    submitted_at     DATETIME(3)    NOT NULL,             -- UTC
    submitted_by     VARCHAR(100)   NOT NULL,
    CONSTRAINT fk_contribution_version_contribution FOREIGN KEY (contribution_id) REFERENCES contribution (id) ON DELETE CASCADE,
    CONSTRAINT fk_contribution_version_file FOREIGN KEY (stored_file_id) REFERENCES stored_file (id),
    CONSTRAINT uq_contribution_version UNIQUE (contribution_id, number)
) DEFAULT CHARSET = utf8mb4;

-- The committee's decisions on a version: accept, ask for changes (with what to change) or refuse.
CREATE TABLE contribution_review (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    contribution_id  BIGINT         NOT NULL,
    version_number   INT            NOT NULL,
    decision         VARCHAR(20)    NOT NULL,             -- ACCEPT, ASK_CHANGES, REFUSE
    comment          VARCHAR(2000),
    decided_at       DATETIME(3)    NOT NULL,             -- UTC
    decided_by       VARCHAR(100)   NOT NULL,
    CONSTRAINT fk_contribution_review_contribution FOREIGN KEY (contribution_id) REFERENCES contribution (id) ON DELETE CASCADE,
    CONSTRAINT ck_contribution_review_decision CHECK (decision IN ('ACCEPT', 'ASK_CHANGES', 'REFUSE'))
) DEFAULT CHARSET = utf8mb4;
