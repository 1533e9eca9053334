-- ShedLock's lock rows: a scheduled job (mail reminders, the silence check) runs on one app instance per tick
-- when several share this database. Written only by ShedLock's JDBC provider (decision 040); not in jOOQ's code.
CREATE TABLE shedlock (
    name       VARCHAR(64)  NOT NULL,
    lock_until TIMESTAMP(3) NOT NULL,
    locked_at  TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    locked_by  VARCHAR(255) NOT NULL,
    PRIMARY KEY (name)
);
