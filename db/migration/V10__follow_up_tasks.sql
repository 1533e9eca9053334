-- Tasks and follow-ups ("nhiệm vụ"): what the plan gives units to do before the conference and what the
-- conclusion notice ("thông báo kết luận") gives them after it, each with a lead unit, a deadline and a status;
-- and the conclusion notice itself, one per conference.

CREATE TABLE follow_up_task (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    conference_id   BIGINT         NOT NULL,
    origin          VARCHAR(20)    NOT NULL,              -- PLAN (before, from the plan), CONCLUSION (after, from the notice)
    position        INT            NOT NULL,              -- 1, 2, 3… within its origin: the number in the notice
    content         VARCHAR(2000)  NOT NULL,
    lead_unit_id    BIGINT         NOT NULL,              -- the unit that leads ("chủ trì")
    cooperating     VARCHAR(1000),                        -- who cooperates ("phối hợp với …"), as the notice words it
    deadline        DATE,                                 -- "hoàn thành trước ngày …"; null = ongoing
    status          VARCHAR(20)    NOT NULL,              -- NOT_STARTED, IN_PROGRESS, DONE
    done_on         DATE,                                 -- set when DONE
    result_note     VARCHAR(1000),
    version         INT            NOT NULL DEFAULT 0,
    created_at      DATETIME(3)    NOT NULL,              -- UTC
    changed_at      DATETIME(3),                          -- UTC
    changed_by      VARCHAR(100),
    CONSTRAINT fk_follow_up_task_conference FOREIGN KEY (conference_id) REFERENCES conference (id) ON DELETE CASCADE,
    CONSTRAINT fk_follow_up_task_unit FOREIGN KEY (lead_unit_id) REFERENCES unit (id),
    CONSTRAINT ck_follow_up_task_origin CHECK (origin IN ('PLAN', 'CONCLUSION')),
    CONSTRAINT ck_follow_up_task_status CHECK (status IN ('NOT_STARTED', 'IN_PROGRESS', 'DONE'))
) DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_follow_up_task_order ON follow_up_task (conference_id, origin, position);

CREATE TABLE conclusion_notice (
    conference_id     BIGINT         PRIMARY KEY,
    number            VARCHAR(100),                       -- "215/TB-UBND"; blank before the clerk registers it
    issued_on         DATE           NOT NULL,
    place             VARCHAR(100)   NOT NULL,
    issuer            VARCHAR(255)   NOT NULL,
    title             VARCHAR(1000)  NOT NULL,            -- "Kết luận của … tại Hội nghị …"
    opening           TEXT           NOT NULL,
    assessment        TEXT,
    closing           VARCHAR(2000)  NOT NULL,
    signer_authority  VARCHAR(500),                       -- "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH"
    signer_name       VARCHAR(255),
    recipients        VARCHAR(2000),                      -- "Nơi nhận", one per line
    version           INT            NOT NULL DEFAULT 0,
    changed_at        DATETIME(3)    NOT NULL,            -- UTC
    changed_by        VARCHAR(100)   NOT NULL,
    CONSTRAINT fk_conclusion_notice_conference FOREIGN KEY (conference_id) REFERENCES conference (id) ON DELETE CASCADE
) DEFAULT CHARSET = utf8mb4;
