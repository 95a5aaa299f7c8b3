-- Every sort of the Active sessions grid read from an index (issue 11). The username is kept on the session row
-- as it was at sign-in (a username never changes), so sorting by user reads one index instead of a join.
ALTER TABLE user_session ADD COLUMN username VARCHAR(64);
UPDATE user_session SET username = a.username FROM account a WHERE a.id = user_session.account_id;
ALTER TABLE user_session ALTER COLUMN username SET NOT NULL;
CREATE INDEX ix_user_session_open_user ON user_session (username, id) WHERE ended_at IS NULL;
-- An IP prefix filter ranges over this one whatever the database's collation (LIKE 'prefix%' can't use the
-- (ip_address, id) index under a non-C collation).
CREATE INDEX ix_user_session_open_ip_prefix ON user_session (ip_address varchar_pattern_ops) WHERE ended_at IS NULL;
-- V5's (last_activity, id) over open rows does what this one did, and pages break ties by id with it; while both
-- were there the planner read this one and filtered ended rows from the table. One index fewer per touch.
DROP INDEX ix_user_session_activity;
