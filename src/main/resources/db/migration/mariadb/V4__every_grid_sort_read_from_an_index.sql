-- The username kept on the session row as it was at sign-in (a username never changes), so the Active sessions
-- grid sorts by user from one index instead of through a join (issue 11; measured on Derby and PostgreSQL).
ALTER TABLE user_session ADD COLUMN username VARCHAR(64);
UPDATE user_session s JOIN account a ON a.id = s.account_id SET s.username = a.username;
ALTER TABLE user_session MODIFY username VARCHAR(64) NOT NULL;
CREATE INDEX ix_user_session_by_user ON user_session (username, id);
