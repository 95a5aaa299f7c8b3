-- Accounts a site manages (issue 10): usernames unique whatever their case, when an account was made and last
-- signed in, one-time passwords, accounts that sign in through the company directory (which keep no password
-- here), and the record of every change to an account.

ALTER TABLE account ADD COLUMN username_key VARCHAR(64);
UPDATE account SET username_key = LOWER(username);
ALTER TABLE account ALTER COLUMN username_key NOT NULL;
ALTER TABLE account ADD CONSTRAINT uq_account_username_key UNIQUE (username_key);
ALTER TABLE account ADD COLUMN created_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP;
ALTER TABLE account ADD COLUMN last_sign_in_at TIMESTAMP;
ALTER TABLE account ADD COLUMN password_change_required SMALLINT NOT NULL DEFAULT 0;
ALTER TABLE account ADD COLUMN source VARCHAR(16) NOT NULL DEFAULT 'LOCAL';
ALTER TABLE account ALTER COLUMN password_hash NULL;
CREATE INDEX ix_account_created ON account (created_at);
CREATE INDEX ix_account_last_sign_in ON account (last_sign_in_at);

CREATE TABLE account_change (
    id VARCHAR(36) NOT NULL,
    changed_at TIMESTAMP NOT NULL,
    changed_by VARCHAR(64) NOT NULL,
    username VARCHAR(64) NOT NULL,
    action VARCHAR(32) NOT NULL,
    detail VARCHAR(128),
    CONSTRAINT pk_account_change PRIMARY KEY (id)
);
-- Descending, in the order the Accounts page lists the latest changes: Derby can't read an index backwards, and
-- would otherwise sort the whole table for the newest 20 (bench/accounts-page.sh: ~88 ms at 10,000 rows, ~6 ms so).
CREATE INDEX ix_account_change_at ON account_change (changed_at DESC, id);
