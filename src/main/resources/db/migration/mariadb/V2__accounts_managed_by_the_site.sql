-- Accounts a site manages (issue 10): usernames unique whatever their case, when an account was made and last
-- signed in, one-time passwords, accounts that sign in through the company directory (which keep no password
-- here), and the record of every change to an account.

-- Display names and usernames in any script: a database created with the server's default character set (latin1
-- before MariaDB 11.6, outside Debian's packages) would refuse them.
ALTER TABLE account CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
ALTER TABLE account ADD COLUMN username_key VARCHAR(64);
UPDATE account SET username_key = LOWER(username);
ALTER TABLE account MODIFY username_key VARCHAR(64) NOT NULL;
ALTER TABLE account ADD CONSTRAINT uq_account_username_key UNIQUE (username_key);
ALTER TABLE account ADD COLUMN created_at DATETIME(6);
UPDATE account SET created_at = UTC_TIMESTAMP(6);
ALTER TABLE account MODIFY created_at DATETIME(6) NOT NULL;
ALTER TABLE account ADD COLUMN last_sign_in_at DATETIME(6);
ALTER TABLE account ADD COLUMN password_change_required BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE account ADD COLUMN source VARCHAR(16) NOT NULL DEFAULT 'LOCAL';
ALTER TABLE account MODIFY password_hash VARCHAR(512) NULL;
CREATE INDEX ix_account_created ON account (created_at);
CREATE INDEX ix_account_last_sign_in ON account (last_sign_in_at);

CREATE TABLE account_change (
    id VARCHAR(36) NOT NULL,
    changed_at DATETIME(6) NOT NULL,
    changed_by VARCHAR(64) NOT NULL,
    username VARCHAR(64) NOT NULL,
    action VARCHAR(32) NOT NULL,
    detail VARCHAR(128),
    CONSTRAINT pk_account_change PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_account_change_at ON account_change (changed_at);
