-- Limits shared by every instance on one database (issue 10). Portable between H2 (MODE=PostgreSQL) and
-- PostgreSQL. Times are epoch milliseconds from the application's clock, so instances and tests agree on
-- "now" without the database's clock; keys are hashes, so no client address or typed user name is kept.

-- One token bucket per limited action and client address (jp.todoku.selfservice.DatabaseRateLimits):
-- a row is updated by one atomic upsert per request, and a row past expires_ms is a full bucket again,
-- so it may be deleted at any time.
CREATE TABLE rate_limit_bucket (
    bucket_key  VARCHAR(100)     NOT NULL PRIMARY KEY,
    tokens      DOUBLE PRECISION NOT NULL,
    updated_ms  BIGINT           NOT NULL,
    expires_ms  BIGINT           NOT NULL,
    granted     BOOLEAN          NOT NULL
);
CREATE INDEX rate_limit_bucket_expires ON rate_limit_bucket (expires_ms);

-- Sign-in attempts counted per client address, per user name and per (user name, address), plus the
-- addresses a staff member signed in from (jp.todoku.staff.SignInThrottle). A row past expires_ms counts
-- nothing and may be deleted at any time.
CREATE TABLE sign_in_throttle (
    throttle_key VARCHAR(100) NOT NULL PRIMARY KEY,
    attempts     INTEGER      NOT NULL,
    last_ms      BIGINT       NOT NULL,
    expires_ms   BIGINT       NOT NULL
);
CREATE INDEX sign_in_throttle_expires ON sign_in_throttle (expires_ms);

-- Wrong passwords given for an existing account since its last successful sign-in: told to the staff
-- member at the next one, then deleted.
CREATE TABLE staff_sign_in_failures (
    username         VARCHAR(100) NOT NULL PRIMARY KEY,
    failures         INTEGER      NOT NULL,
    first_failure_ms BIGINT       NOT NULL,
    last_failure_ms  BIGINT       NOT NULL,
    CONSTRAINT staff_sign_in_failures_account_fk FOREIGN KEY (username)
        REFERENCES staff_account (username) ON DELETE CASCADE
);
