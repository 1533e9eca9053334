-- Issue 23: the documents the committee publishes to its delegates ("tài liệu hội nghị"). A handout is either a file
-- the committee uploaded (its bytes in handout_file, never in the units' stored_file) or a document the app makes when
-- it is downloaded (the programme, the proceedings, the conclusion notice). Decision 039.
CREATE TABLE handout (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    conference_id   BIGINT         NOT NULL,
    position        INT            NOT NULL,              -- 1, 2, 3…: the order the delegates see
    title           VARCHAR(300)   NOT NULL,
    kind            VARCHAR(20)    NOT NULL,              -- FILE, or a document the app makes: PROGRAMME, PROCEEDINGS, CONCLUSION
    file_name       VARCHAR(255),                         -- FILE: as the committee named it
    media_type      VARCHAR(100),                         -- FILE: from the content (application/pdf or DOCX)
    size_bytes      BIGINT,                               -- FILE only; a made document's size is known when made
    audience        VARCHAR(10)    NOT NULL,              -- ALL, HALL, GROUPS (those of handout_group)
    published_at    DATETIME(3),                          -- UTC; NULL while a draft (or after unpublishing)
    created_at      DATETIME(3)    NOT NULL,              -- UTC
    created_by      VARCHAR(100)   NOT NULL,
    CONSTRAINT fk_handout_conference FOREIGN KEY (conference_id) REFERENCES conference (id) ON DELETE CASCADE,
    CONSTRAINT ck_handout_kind CHECK (kind IN ('FILE', 'PROGRAMME', 'PROCEEDINGS', 'CONCLUSION')),
    CONSTRAINT ck_handout_audience CHECK (audience IN ('ALL', 'HALL', 'GROUPS')),
    CONSTRAINT ck_handout_file CHECK ((kind = 'FILE') = (file_name IS NOT NULL AND media_type IS NOT NULL
                                                         AND size_bytes IS NOT NULL))
) DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_handout_conference ON handout (conference_id, position);

-- An uploaded file's bytes, apart from the list so that listing never reads them.
CREATE TABLE handout_file (
    handout_id      BIGINT         PRIMARY KEY,
    sha256          CHAR(64)       NOT NULL,
    content         LONGBLOB       NOT NULL,
    CONSTRAINT fk_handout_file_handout FOREIGN KEY (handout_id) REFERENCES handout (id) ON DELETE CASCADE
) DEFAULT CHARSET = utf8mb4;

-- The composition groups a GROUPS handout is published to. A group removed from the list leaves the handout's
-- audience with it (a handout for no group is seen by nobody: it fails closed).
CREATE TABLE handout_group (
    handout_id      BIGINT         NOT NULL,
    group_id        BIGINT         NOT NULL,
    PRIMARY KEY (handout_id, group_id),
    CONSTRAINT fk_handout_group_handout FOREIGN KEY (handout_id) REFERENCES handout (id) ON DELETE CASCADE,
    CONSTRAINT fk_handout_group_group FOREIGN KEY (group_id) REFERENCES composition_group (id) ON DELETE CASCADE
) DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_handout_group_group ON handout_group (group_id);

-- Who downloaded what: per delegate the first time and how many times.
CREATE TABLE handout_download (
    handout_id      BIGINT         NOT NULL,
    delegate_id     BIGINT         NOT NULL,
    first_at        DATETIME(3)    NOT NULL,              -- UTC
    downloads       INT            NOT NULL,
    PRIMARY KEY (handout_id, delegate_id),
    CONSTRAINT fk_handout_download_handout FOREIGN KEY (handout_id) REFERENCES handout (id) ON DELETE CASCADE,
    CONSTRAINT fk_handout_download_delegate FOREIGN KEY (delegate_id) REFERENCES delegate (id) ON DELETE CASCADE
) DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_handout_download_delegate ON handout_download (delegate_id);
