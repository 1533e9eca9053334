-- Schema for accounts, the units directory and conferences.
-- Portable between MySQL 8 and MariaDB 11: utf8mb4, no collation names, times stored in UTC.

CREATE TABLE unit (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    name            VARCHAR(255) NOT NULL,
    short_name      VARCHAR(100),
    level           VARCHAR(20)  NOT NULL,          -- PROVINCE, DISTRICT, COMMUNE, CENTRAL, OTHER
    kind            VARCHAR(20)  NOT NULL,          -- PARTY, GOVERNMENT, DEPARTMENT, ARMED_FORCES, ORGANISATION, PRESS, HEALTH, OTHER
    address         VARCHAR(500),
    contact_name    VARCHAR(255),
    contact_phone   VARCHAR(30),
    contact_email   VARCHAR(255),
    search_key      VARCHAR(255) NOT NULL,          -- folded name: lower case, no marks, đ -> d
    version         INT          NOT NULL DEFAULT 0,
    created_at      DATETIME(3)  NOT NULL,
    CONSTRAINT uq_unit_search_key UNIQUE (search_key)
) DEFAULT CHARSET = utf8mb4;

CREATE TABLE conference (
    id                       BIGINT AUTO_INCREMENT PRIMARY KEY,
    title                    VARCHAR(500)  NOT NULL,
    organizer                VARCHAR(255)  NOT NULL,
    plan_number              VARCHAR(100),
    province                 VARCHAR(100)  NOT NULL,
    venue                    VARCHAR(500)  NOT NULL,
    format                   VARCHAR(20)   NOT NULL, -- IN_PERSON, ONLINE, HYBRID
    format_note              VARCHAR(500),
    starts_at                DATETIME(3)   NOT NULL, -- UTC
    ends_at                  DATETIME(3)   NOT NULL, -- UTC
    expected_hall_delegates  INT           NOT NULL DEFAULT 0,
    signer_block             VARCHAR(500),
    signer_name              VARCHAR(255),
    submission_deadline      DATE,
    submission_email         VARCHAR(255),
    search_key               VARCHAR(500)  NOT NULL,
    version                  INT           NOT NULL DEFAULT 0,
    created_at               DATETIME(3)   NOT NULL,
    CONSTRAINT ck_conference_times CHECK (ends_at > starts_at),
    CONSTRAINT ck_conference_expected CHECK (expected_hall_delegates >= 0)
) DEFAULT CHARSET = utf8mb4;

CREATE TABLE award_quota (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    conference_id   BIGINT       NOT NULL,
    award_form      VARCHAR(255) NOT NULL,
    recipient_type  VARCHAR(20)  NOT NULL,          -- COLLECTIVE, INDIVIDUAL
    quota           INT          NOT NULL,
    CONSTRAINT fk_award_quota_conference FOREIGN KEY (conference_id) REFERENCES conference (id) ON DELETE CASCADE,
    CONSTRAINT uq_award_quota UNIQUE (conference_id, award_form, recipient_type),
    CONSTRAINT ck_award_quota CHECK (quota >= 0)
) DEFAULT CHARSET = utf8mb4;

CREATE TABLE account (
    id                   BIGINT AUTO_INCREMENT PRIMARY KEY,
    username             VARCHAR(100) NOT NULL,
    display_name         VARCHAR(255) NOT NULL,
    password_hash        VARCHAR(255) NOT NULL,
    role                 VARCHAR(20)  NOT NULL,     -- ADMIN, STAFF, GATE, MC, UNIT, POINT, SCREEN
    unit_id              BIGINT,
    enabled              BOOLEAN      NOT NULL DEFAULT TRUE,
    version              INT          NOT NULL DEFAULT 0,
    created_at           DATETIME(3)  NOT NULL,
    CONSTRAINT uq_account_username UNIQUE (username),
    CONSTRAINT fk_account_unit FOREIGN KEY (unit_id) REFERENCES unit (id)
) DEFAULT CHARSET = utf8mb4;

-- The conference each user works in (one at a time), kept across logins.
CREATE TABLE selected_conference (
    username        VARCHAR(100) PRIMARY KEY,
    conference_id   BIGINT       NOT NULL,
    CONSTRAINT fk_selected_conference FOREIGN KEY (conference_id) REFERENCES conference (id) ON DELETE CASCADE
) DEFAULT CHARSET = utf8mb4;

CREATE TABLE audit_log (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    occurred_at     DATETIME(3)  NOT NULL,
    actor           VARCHAR(100) NOT NULL,
    action          VARCHAR(50)  NOT NULL,
    subject_type    VARCHAR(50)  NOT NULL,
    subject_id      BIGINT,
    detail          VARCHAR(2000)
) DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_audit_log_subject ON audit_log (subject_type, subject_id);
