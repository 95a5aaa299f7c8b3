-- The Active sessions grid at any size (issue 11): a page's row ids are read from the head of an index that
-- matches the sort, forwards or backwards, instead of sorting every live row. Over open rows only, like V2's.
CREATE INDEX ix_user_session_open_activity ON user_session (last_activity, id) WHERE ended_at IS NULL;
CREATE INDEX ix_user_session_open_login ON user_session (login_at, id) WHERE ended_at IS NULL;
CREATE INDEX ix_user_session_open_expiry ON user_session (expires_at, id) WHERE ended_at IS NULL;
CREATE INDEX ix_user_session_open_ip ON user_session (ip_address, id) WHERE ended_at IS NULL;
CREATE INDEX ix_user_session_open_node ON user_session (node, id) WHERE ended_at IS NULL;
