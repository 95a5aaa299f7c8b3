-- The activity log (issue 12): one row per sign-in, refusal and end of a session, change of a limit or of an
-- account, written in the transaction of what it records. No foreign keys: an event outlives the account and the session row it names (both are
-- deleted, the row by the sweep), and is itself deleted only by age.
CREATE TABLE activity_event (
    id VARCHAR(36) NOT NULL,
    occurred_at TIMESTAMP NOT NULL,
    kind VARCHAR(32) NOT NULL,
    reason VARCHAR(32),
    account_id BIGINT,
    username VARCHAR(64),
    actor VARCHAR(64),
    ip_address VARCHAR(45),
    user_agent VARCHAR(512),
    node VARCHAR(128),
    session_id VARCHAR(36),
    detail VARCHAR(128),
    CONSTRAINT pk_activity_event PRIMARY KEY (id)
);
CREATE INDEX ix_activity_event_newest ON activity_event (occurred_at, id);
CREATE INDEX ix_activity_event_account ON activity_event (account_id, occurred_at, id);
