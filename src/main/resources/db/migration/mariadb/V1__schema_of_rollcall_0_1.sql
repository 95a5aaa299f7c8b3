-- The schema of Rollcall 0.1 for MariaDB: the tables and indexes JPA schema generation made on Derby, in
-- MariaDB types: InnoDB (row locks), DATETIME(6) holding UTC (a TIMESTAMP column would convert time zones and stop in 2038).

CREATE TABLE account (
    id BIGINT NOT NULL AUTO_INCREMENT,
    demo BOOLEAN NOT NULL DEFAULT FALSE,
    display_name VARCHAR(128) NOT NULL,
    enabled BOOLEAN NOT NULL DEFAULT FALSE,
    password_hash VARCHAR(512) NOT NULL,
    role VARCHAR(16) NOT NULL,
    username VARCHAR(64) NOT NULL,
    CONSTRAINT pk_account PRIMARY KEY (id),
    CONSTRAINT uq_account_username UNIQUE (username)
) ENGINE=InnoDB;

CREATE TABLE user_session (
    id VARCHAR(36) NOT NULL,
    end_reason VARCHAR(32),
    ended_at DATETIME(6),
    expires_at DATETIME(6) NOT NULL,
    ip_address VARCHAR(45),
    last_activity DATETIME(6) NOT NULL,
    login_at DATETIME(6) NOT NULL,
    node VARCHAR(128) NOT NULL,
    user_agent VARCHAR(512),
    version BIGINT NOT NULL,
    account_id BIGINT NOT NULL,
    CONSTRAINT pk_user_session PRIMARY KEY (id),
    CONSTRAINT fk_user_session_account FOREIGN KEY (account_id) REFERENCES account (id)
) ENGINE=InnoDB;
CREATE INDEX ix_user_session_live ON user_session (expires_at, ended_at, last_activity, account_id, id);
CREATE INDEX ix_user_session_activity ON user_session (last_activity);
CREATE INDEX ix_user_session_account ON user_session (account_id);
CREATE INDEX ix_user_session_node ON user_session (node);

CREATE TABLE site_limits (
    site VARCHAR(16) NOT NULL,
    dangling_minutes BIGINT NOT NULL,
    dangling_policy VARCHAR(16) NOT NULL,
    per_user_limit INTEGER,
    per_user_mode VARCHAR(32) NOT NULL,
    sessions_limit INTEGER,
    version BIGINT NOT NULL,
    CONSTRAINT pk_site_limits PRIMARY KEY (site)
) ENGINE=InnoDB;

CREATE TABLE limit_change (
    id VARCHAR(36) NOT NULL,
    changed_at DATETIME(6) NOT NULL,
    changed_by VARCHAR(64) NOT NULL,
    new_value VARCHAR(64),
    old_value VARCHAR(64),
    setting VARCHAR(64) NOT NULL,
    CONSTRAINT pk_limit_change PRIMARY KEY (id)
) ENGINE=InnoDB;
CREATE INDEX ix_limit_change_at ON limit_change (changed_at);

CREATE TABLE failed_sign_ins (
    id VARCHAR(66) NOT NULL,
    failures INTEGER NOT NULL,
    first_failure_at DATETIME(6) NOT NULL,
    forget_at DATETIME(6) NOT NULL,
    last_failure_at DATETIME(6) NOT NULL,
    locked_until DATETIME(6),
    name VARCHAR(64) NOT NULL,
    subject VARCHAR(16) NOT NULL,
    version BIGINT NOT NULL,
    CONSTRAINT pk_failed_sign_ins PRIMARY KEY (id)
) ENGINE=InnoDB;
CREATE INDEX ix_failed_sign_ins_forget ON failed_sign_ins (forget_at);
CREATE INDEX ix_failed_sign_ins_locked ON failed_sign_ins (locked_until);
