-- An upper bound on the live sessions, kept on the limits row the sign-ins lock (issue 11): a sign-in that finds
-- it below the limit is admitted without counting the live sessions. Null: unknown, the next sign-in counts.
ALTER TABLE site_limits ADD COLUMN live_bound BIGINT;
