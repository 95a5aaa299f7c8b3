-- API tokens (issue 13): a manager's named token for scripts. Only a SHA-256 hash of the secret is kept; the id is
-- the token's public half, so a request finds its row by primary key and compares the hash.
CREATE TABLE api_token (
    id VARCHAR(16) NOT NULL,
    name VARCHAR(50) NOT NULL,
    secret_hash VARCHAR(64) NOT NULL,
    created_by VARCHAR(64) NOT NULL,
    created_at TIMESTAMP NOT NULL,
    expires_at TIMESTAMP,
    last_used_at TIMESTAMP,
    revoked_at TIMESTAMP,
    revoked_by VARCHAR(64),
    CONSTRAINT pk_api_token PRIMARY KEY (id)
);
