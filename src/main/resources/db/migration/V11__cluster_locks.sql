-- Issue 10: several instances on one database run each scheduled job once (ShedLock's JDBC provider).
-- One row per job name; an instance runs the job only while it holds the row, i.e. lock_until lies in
-- the future and was set by it. Times are the database's own clock in UTC (usingDbTime), so clock drift
-- between the application servers cannot let two of them in at once. The same statement on H2 and PostgreSQL.
CREATE TABLE shedlock (
    name       VARCHAR(64)  NOT NULL,
    lock_until TIMESTAMP(3) NOT NULL,
    locked_at  TIMESTAMP(3) NOT NULL,
    locked_by  VARCHAR(255) NOT NULL,
    CONSTRAINT shedlock_pk PRIMARY KEY (name)
);
