-- Units' review reports ("báo cáo sơ kết của đơn vị"): a narrative file written after the plan's outline, and the
-- figures of the plan's data form ("biểu mẫu báo cáo số liệu"). The form is data per conference, not code: the
-- committee loads a template, then adds, renames, reorders and removes its rows.

-- One row per conference: the units' deadline and the outline shown to them as guidance for their narrative.
CREATE TABLE report_setting (
    conference_id  BIGINT        PRIMARY KEY,
    deadline       DATE,                                 -- "trước ngày …": the whole day counts; null = no deadline
    outline        TEXT,                                 -- the outline ("đề cương") units follow, as plain lines
    version        INT           NOT NULL DEFAULT 0,
    changed_at     DATETIME(3),                          -- UTC
    changed_by     VARCHAR(100),
    CONSTRAINT fk_report_setting_conference FOREIGN KEY (conference_id) REFERENCES conference (id) ON DELETE CASCADE
) DEFAULT CHARSET = utf8mb4;

-- The units asked to report: the committee's list, so that "not started" has a meaning.
CREATE TABLE report_unit (
    conference_id  BIGINT NOT NULL,
    unit_id        BIGINT NOT NULL,
    PRIMARY KEY (conference_id, unit_id),
    CONSTRAINT fk_report_unit_conference FOREIGN KEY (conference_id) REFERENCES conference (id) ON DELETE CASCADE,
    CONSTRAINT fk_report_unit_unit FOREIGN KEY (unit_id) REFERENCES unit (id) ON DELETE CASCADE
) DEFAULT CHARSET = utf8mb4;

-- The rows of the data form in their order. HEADING rows are section titles ("1 Công tác y tế") and hold no value;
-- NUMBER is a whole count, AMOUNT money or another quantity in its unit ("triệu đồng"), TEXT a short free answer.
-- level indents a row: 0 a section, 1 a row of it, 2 a sub-row ("- Đã kiện toàn") of the row above it.
CREATE TABLE report_field (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    conference_id  BIGINT        NOT NULL,
    position       INT           NOT NULL,               -- 1, 2, 3… the form's order
    code           VARCHAR(20),                          -- "1", "1.1", "1.1.1": the number the form and messages use
    label          VARCHAR(1000) NOT NULL,
    kind           VARCHAR(10)   NOT NULL,
    unit_label     VARCHAR(50),                          -- "triệu đồng", "người"; shown beside the value
    level          INT           NOT NULL DEFAULT 1,
    version        INT           NOT NULL DEFAULT 0,
    CONSTRAINT fk_report_field_conference FOREIGN KEY (conference_id) REFERENCES conference (id) ON DELETE CASCADE,
    CONSTRAINT ck_report_field_kind CHECK (kind IN ('HEADING', 'NUMBER', 'AMOUNT', 'TEXT')),
    CONSTRAINT ck_report_field_level CHECK (level BETWEEN 0 AND 2)
) DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_report_field_order ON report_field (conference_id, position);

-- A unit's report: DRAFT until it submits, SUBMITTED after; the version guards against two editors at once.
CREATE TABLE unit_report (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    conference_id      BIGINT        NOT NULL,
    unit_id            BIGINT        NOT NULL,
    status             VARCHAR(20)   NOT NULL,
    submitted_at       DATETIME(3),                      -- UTC, the first submission
    submitted_by       VARCHAR(100),
    narrative_file_id  BIGINT,                           -- the latest narrative file; earlier ones in unit_report_file
    version            INT           NOT NULL DEFAULT 0,
    created_at         DATETIME(3)   NOT NULL,           -- UTC
    changed_at         DATETIME(3),
    changed_by         VARCHAR(100),
    CONSTRAINT fk_unit_report_conference FOREIGN KEY (conference_id) REFERENCES conference (id) ON DELETE CASCADE,
    CONSTRAINT fk_unit_report_unit FOREIGN KEY (unit_id) REFERENCES unit (id),
    CONSTRAINT fk_unit_report_file FOREIGN KEY (narrative_file_id) REFERENCES stored_file (id),
    CONSTRAINT uq_unit_report UNIQUE (conference_id, unit_id),
    CONSTRAINT ck_unit_report_status CHECK (status IN ('DRAFT', 'SUBMITTED'))
) DEFAULT CHARSET = utf8mb4;

-- Every narrative file a unit sent for its report, numbered 1, 2, 3…: a new upload never replaces an old one.
CREATE TABLE unit_report_file (
    report_id       BIGINT NOT NULL,
    number          INT    NOT NULL,
    stored_file_id  BIGINT NOT NULL,
    PRIMARY KEY (report_id, number),
    CONSTRAINT fk_unit_report_file_report FOREIGN KEY (report_id) REFERENCES unit_report (id) ON DELETE CASCADE,
    CONSTRAINT fk_unit_report_file_file FOREIGN KEY (stored_file_id) REFERENCES stored_file (id)
) DEFAULT CHARSET = utf8mb4;

-- A report's figures: one row per filled field (a blank field has no row). Written with the report's version in
-- one transaction, all or nothing.
CREATE TABLE report_value (
    report_id     BIGINT         NOT NULL,
    field_id      BIGINT         NOT NULL,
    number_value  DECIMAL(18, 3),                        -- NUMBER and AMOUNT fields
    text_value    VARCHAR(1000),                         -- TEXT fields
    PRIMARY KEY (report_id, field_id),
    CONSTRAINT fk_report_value_report FOREIGN KEY (report_id) REFERENCES unit_report (id) ON DELETE CASCADE,
    CONSTRAINT fk_report_value_field FOREIGN KEY (field_id) REFERENCES report_field (id) ON DELETE CASCADE,
    CONSTRAINT ck_report_value_filled CHECK (number_value IS NOT NULL OR text_value IS NOT NULL),
    CONSTRAINT ck_report_value_not_negative CHECK (number_value IS NULL OR number_value >= 0)
) DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_report_value_field ON report_value (field_id);
