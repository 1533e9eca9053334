-- Issue 25: report forms with tables (rows × columns, computed totals) and units that belong to a province.

-- A unit belongs to one province: the one whose conferences it takes part in. The text is the conference's own
-- `province` as the committee typed it ("Quảng Trị"), so a conference offers exactly the units of its province.
-- A name is unique within its province: "Sở Y tế" of Quảng Trị and "Sở Y tế" of Kiên Giang are two units.
ALTER TABLE unit ADD COLUMN province VARCHAR(100) NOT NULL DEFAULT '';

-- The units already there take the province of the first conference that refers to them; a unit nothing refers to
-- takes the first conference's; with no conference at all they keep '' (no province) until the committee sets one.
UPDATE unit u SET u.province = COALESCE(
    (SELECT c.province FROM delegate d JOIN conference c ON c.id = d.conference_id
      WHERE d.unit_id = u.id ORDER BY c.id LIMIT 1),
    (SELECT c.province FROM meeting_point p JOIN conference c ON c.id = p.conference_id
      WHERE p.host_unit_id = u.id ORDER BY c.id LIMIT 1),
    (SELECT c.province FROM report_unit r JOIN conference c ON c.id = r.conference_id
      WHERE r.unit_id = u.id ORDER BY c.id LIMIT 1),
    (SELECT c.province FROM unit_report r JOIN conference c ON c.id = r.conference_id
      WHERE r.unit_id = u.id ORDER BY c.id LIMIT 1),
    (SELECT c.province FROM contribution t JOIN conference c ON c.id = t.conference_id
      WHERE t.unit_id = u.id ORDER BY c.id LIMIT 1),
    (SELECT c.province FROM nomination n JOIN conference c ON c.id = n.conference_id
      WHERE n.proposing_unit_id = u.id ORDER BY c.id LIMIT 1),
    (SELECT c.province FROM conference c ORDER BY c.id LIMIT 1),
    '');

ALTER TABLE unit DROP INDEX uq_unit_search_key;
ALTER TABLE unit ADD CONSTRAINT uq_unit_province_name UNIQUE (province, search_key);

-- A part of the data form may be a table: a report_field of kind TABLE is its title ("Số liệu theo bảng"), placed
-- among the rows like any other; its columns and rows are below. It holds no value itself.
ALTER TABLE report_field DROP CONSTRAINT ck_report_field_kind;
ALTER TABLE report_field ADD CONSTRAINT ck_report_field_kind CHECK (kind IN ('HEADING', 'NUMBER', 'AMOUNT', 'TEXT', 'TABLE'));

-- A table's columns, left to right, after the row number and the row heading. NUMBER, AMOUNT (in unit_label) and
-- TEXT columns are typed by units; a TOTAL column is the sum of the row's NUMBER and AMOUNT cells, computed by the
-- app. heading_group spans consecutive columns with the same text ("Xử lý" over "CL tập trung", "CL tại nhà", …).
CREATE TABLE report_table_column (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    field_id       BIGINT        NOT NULL,
    position       INT           NOT NULL,
    heading_group  VARCHAR(200),
    label          VARCHAR(200)  NOT NULL,
    kind           VARCHAR(10)   NOT NULL,
    unit_label     VARCHAR(50),
    CONSTRAINT fk_report_table_column_field FOREIGN KEY (field_id) REFERENCES report_field (id) ON DELETE CASCADE,
    CONSTRAINT uq_report_table_column UNIQUE (field_id, position),
    CONSTRAINT ck_report_table_column_kind CHECK (kind IN ('NUMBER', 'AMOUNT', 'TEXT', 'TOTAL'))
) DEFAULT CHARSET = utf8mb4;

-- A table's rows, top to bottom. sum_of makes a total row computed by the app: the codes of the rows it adds up,
-- as the plan prints them ("1+2+3+4"). level 2 marks a part of the row above it ("Trong đó: …"), checked like the
-- sub-rows of the one-value rows.
CREATE TABLE report_table_row (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    field_id       BIGINT        NOT NULL,
    position       INT           NOT NULL,
    code           VARCHAR(20),
    label          VARCHAR(1000) NOT NULL,
    level          INT           NOT NULL DEFAULT 1,
    sum_of         VARCHAR(200),
    CONSTRAINT fk_report_table_row_field FOREIGN KEY (field_id) REFERENCES report_field (id) ON DELETE CASCADE,
    CONSTRAINT uq_report_table_row UNIQUE (field_id, position),
    CONSTRAINT ck_report_table_row_level CHECK (level BETWEEN 1 AND 2)
) DEFAULT CHARSET = utf8mb4;

-- The cells a unit typed (a blank cell has no row; computed cells are never stored). Written with the report's
-- version in the same transaction as report_value.
CREATE TABLE report_cell (
    report_id     BIGINT         NOT NULL,
    row_id        BIGINT         NOT NULL,
    column_id     BIGINT         NOT NULL,
    number_value  DECIMAL(18, 3),
    text_value    VARCHAR(1000),
    PRIMARY KEY (report_id, row_id, column_id),
    CONSTRAINT fk_report_cell_report FOREIGN KEY (report_id) REFERENCES unit_report (id) ON DELETE CASCADE,
    CONSTRAINT fk_report_cell_row FOREIGN KEY (row_id) REFERENCES report_table_row (id) ON DELETE CASCADE,
    CONSTRAINT fk_report_cell_column FOREIGN KEY (column_id) REFERENCES report_table_column (id) ON DELETE CASCADE,
    CONSTRAINT ck_report_cell_filled CHECK (number_value IS NOT NULL OR text_value IS NOT NULL),
    CONSTRAINT ck_report_cell_not_negative CHECK (number_value IS NULL OR number_value >= 0)
) DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_report_cell_row ON report_cell (row_id);
CREATE INDEX ix_report_cell_column ON report_cell (column_id);
