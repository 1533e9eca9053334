-- Which conferences an account serves (decision 021). The committee (ADMIN, STAFF) serves every conference and has no
-- rows here; a gate, MC, point, screen or unit account opens only the conferences listed for it.
CREATE TABLE account_conference (
    account_id     BIGINT NOT NULL,
    conference_id  BIGINT NOT NULL,
    PRIMARY KEY (account_id, conference_id),
    CONSTRAINT fk_account_conference_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE,
    CONSTRAINT fk_account_conference_conference FOREIGN KEY (conference_id) REFERENCES conference (id) ON DELETE CASCADE
) DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_account_conference_conference ON account_conference (conference_id);

-- A point's coordinator serves the conference of the point it was given.
INSERT INTO account_conference (account_id, conference_id)
SELECT DISTINCT account_id, conference_id FROM point_coordinator;
