-- Awards (issue 6): what the units propose, how the committee appraises it against the quota, and the
-- province's decisions. The quotas themselves are award_quota (V1): one row per conference, form and type;
-- accepting a nomination locks its quota row, so two appraisers cannot both take the last place.
-- Portable between MySQL 8 and MariaDB 11: utf8mb4, no collation names, times stored in UTC.

-- One row per conference with awards: the units' deadline and the version that guards the quota settings.
CREATE TABLE award_setting (
    conference_id        BIGINT       PRIMARY KEY,
    nomination_deadline  DATETIME(3),                    -- UTC; null: units may submit until the conference starts
    version              INT          NOT NULL DEFAULT 0,
    CONSTRAINT fk_award_setting_conference FOREIGN KEY (conference_id) REFERENCES conference (id) ON DELETE CASCADE
) DEFAULT CHARSET = utf8mb4;

-- The province's decision ("Quyết định khen thưởng"); the nominations it contains point at it.
CREATE TABLE award_decision (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    conference_id    BIGINT        NOT NULL,
    decision_number  VARCHAR(100)  NOT NULL,             -- "2456/QĐ-UBND"
    signed_on        DATE          NOT NULL,
    issuer           VARCHAR(255)  NOT NULL,             -- who decides: "Chủ tịch UBND tỉnh Quảng Trị"
    signer_title     VARCHAR(255),                       -- "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH"
    signer_name      VARCHAR(255)  NOT NULL,
    version          INT           NOT NULL DEFAULT 0,
    created_at       DATETIME(3)   NOT NULL,
    CONSTRAINT fk_award_decision_conference FOREIGN KEY (conference_id) REFERENCES conference (id) ON DELETE CASCADE,
    CONSTRAINT uq_award_decision_number UNIQUE (conference_id, decision_number)
) DEFAULT CHARSET = utf8mb4;

-- A proposal of one collective or one person for one award form. Never deleted: withdrawn with who and when.
CREATE TABLE nomination (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    conference_id      BIGINT         NOT NULL,
    quota_id           BIGINT         NOT NULL,          -- the form and the type (collective / individual) proposed
    position           INT            NOT NULL,          -- stable order for the lists, the decision and the ceremony's batches
    proposing_unit_id  BIGINT         NOT NULL,          -- the unit that proposes ("đơn vị đề nghị")
    full_name          VARCHAR(255)   NOT NULL,          -- the person, or the collective's name
    title              VARCHAR(255),                     -- the person's position or rank
    work_unit          VARCHAR(255),                     -- where the person works ("đơn vị công tác")
    achievement        VARCHAR(2000)  NOT NULL,          -- the summary of achievements
    status             VARCHAR(20)    NOT NULL,          -- PROPOSED, ACCEPTED, REFUSED, DECIDED, PRESENTED, WITHDRAWN
    refusal_reason     VARCHAR(1000),
    appraised_by       VARCHAR(100),
    appraised_at       DATETIME(3),
    decision_id        BIGINT,
    presented_at       DATETIME(3),
    withdrawn_by       VARCHAR(100),
    withdrawn_at       DATETIME(3),
    search_key         VARCHAR(1200)  NOT NULL,          -- folded name, title and unit for diacritic-blind search
    created_by         VARCHAR(100)   NOT NULL,
    created_at         DATETIME(3)    NOT NULL,
    version            INT            NOT NULL DEFAULT 0,
    CONSTRAINT fk_nomination_conference FOREIGN KEY (conference_id) REFERENCES conference (id) ON DELETE CASCADE,
    CONSTRAINT fk_nomination_quota FOREIGN KEY (quota_id) REFERENCES award_quota (id),
    CONSTRAINT fk_nomination_unit FOREIGN KEY (proposing_unit_id) REFERENCES unit (id),
    CONSTRAINT fk_nomination_decision FOREIGN KEY (decision_id) REFERENCES award_decision (id),
    CONSTRAINT uq_nomination_position UNIQUE (conference_id, position)
) DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_nomination_quota_status ON nomination (quota_id, status);
CREATE INDEX ix_nomination_unit ON nomination (proposing_unit_id, conference_id);
