-- Every sort of the Active sessions grid read from an index (issue 11), not only last activity and sign-in time.
-- The username is kept on the session row as it was at sign-in (a username never changes), so sorting by user
-- needs no join: Derby can't read the head of an index through one.
ALTER TABLE user_session ADD COLUMN username VARCHAR(64);
UPDATE user_session SET username = (SELECT a.username FROM account a WHERE a.id = user_session.account_id);
ALTER TABLE user_session ALTER COLUMN username NOT NULL;
-- One index per sortable column and direction (Derby can't read an index backwards), each carrying the live
-- columns. The grid names the index for its sort (SessionPageQuery): with several indexes able to answer a query,
-- Derby picks by their size alone, and would sort every live row from a smaller one.
CREATE INDEX ix_user_session_expiring_first ON user_session (expires_at, id, ended_at, account_id);
CREATE INDEX ix_user_session_expiring_last ON user_session (expires_at DESC, id DESC, ended_at, account_id);
CREATE INDEX ix_user_session_by_ip ON user_session (ip_address, id, ended_at, expires_at, account_id);
CREATE INDEX ix_user_session_by_ip_desc ON user_session (ip_address DESC, id DESC, ended_at, expires_at, account_id);
CREATE INDEX ix_user_session_by_node ON user_session (node, id, ended_at, expires_at, account_id);
CREATE INDEX ix_user_session_by_node_desc ON user_session (node DESC, id DESC, ended_at, expires_at, account_id);
CREATE INDEX ix_user_session_by_user ON user_session (username, id, ended_at, expires_at, account_id);
CREATE INDEX ix_user_session_by_user_desc ON user_session (username DESC, id DESC, ended_at, expires_at, account_id);
-- The node index above serves what this one did (ending a node's sessions at its start).
DROP INDEX ix_user_session_node;
