-- Remote points at commune scale (issue 21): since 1 July 2025 a provincial conference links every commune's
-- meeting room, 60–250 points, grouped in clusters ("cụm", usually the former district).

ALTER TABLE meeting_point
    ADD COLUMN cluster            VARCHAR(100),             -- "Cụm": the group the wall and the totals show
    ADD COLUMN kind               VARCHAR(20),              -- PointKind; null = read from the name
    ADD COLUMN technician_email   VARCHAR(255),
    ADD COLUMN withdrawn_at       DATETIME(3),              -- no longer joins; kept for the record
    ADD COLUMN withdrawn_by       VARCHAR(100),
    -- Everyone in the point's room as its coordinator last reported (the invited included); null = not reported.
    ADD COLUMN headcount          INT,
    ADD COLUMN headcount_at       DATETIME(3),
    ADD COLUMN headcount_by       VARCHAR(100),
    -- The coordinator's last report of any kind (status or headcount): a point silent too long is flagged.
    ADD COLUMN last_report_at     DATETIME(3),
    ADD CONSTRAINT ck_point_headcount CHECK (headcount IS NULL OR headcount >= 0);

-- The extra people a point counted beside its checked-in delegates become its headcount.
UPDATE meeting_point mp
SET headcount = mp.extra_attendees + (SELECT COUNT(*) FROM delegate d
                                      WHERE d.point_id = mp.id AND d.checked_in_at IS NOT NULL
                                        AND d.withdrawn_at IS NULL)
WHERE mp.extra_attendees > 0;

UPDATE meeting_point SET last_report_at = status_changed_at WHERE status_changed_at IS NOT NULL;

ALTER TABLE meeting_point DROP COLUMN extra_attendees;

CREATE INDEX ix_point_cluster ON meeting_point (conference_id, cluster);

-- How long a point may stay silent on the day before the wall flags it.
ALTER TABLE conference ADD COLUMN point_silence_minutes INT NOT NULL DEFAULT 15;
