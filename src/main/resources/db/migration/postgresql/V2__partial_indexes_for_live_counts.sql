-- PostgreSQL only (Derby and MariaDB have no partial indexes): the usage line on the Active sessions page counts
-- the live sessions and the people they belong to on every view. Indexes over the open rows only, carrying what
-- those counts read, let PostgreSQL count from the index alone (index-only scans once the table is vacuumed):
-- at 100,000 live rows 20 ms -> 13 ms for the live count and 32 ms -> 18 ms for the people (EXPLAIN ANALYZE).
CREATE INDEX ix_user_session_open ON user_session (expires_at) INCLUDE (id) WHERE ended_at IS NULL;
CREATE INDEX ix_user_session_open_account ON user_session (account_id, expires_at) WHERE ended_at IS NULL;
