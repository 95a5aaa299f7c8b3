-- Site -> Usage (issue 12): how full the site was, one row per hour (UTC). Set, never added to: counts are
-- recomputed from activity_event, the peak only raised, so any node may write any hour again.
CREATE TABLE usage_hour (
    hour_start TIMESTAMP NOT NULL,
    peak_live INTEGER NOT NULL,
    limit_in_force INTEGER,
    sign_ins INTEGER NOT NULL,
    refusals INTEGER NOT NULL,
    full_refusals INTEGER NOT NULL,
    reclaims INTEGER NOT NULL,
    CONSTRAINT pk_usage_hour PRIMARY KEY (hour_start)
);
-- Site -> Activity filtered by a name typed at a refused sign-in (no account to go through), or by a kind alone
-- (a rare kind in a big log): each a range of its own index, newest first, instead of a walk of the whole log.
-- Descending, as Derby reads an index one way only (the log is read newest first).
CREATE INDEX ix_activity_event_typed ON activity_event (username, occurred_at DESC, id DESC);
CREATE INDEX ix_activity_event_kind ON activity_event (kind, occurred_at DESC, id DESC);
