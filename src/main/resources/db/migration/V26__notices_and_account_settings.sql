-- The manager's weekly digest of roster alerts runs on one node of a cluster: the node that moves this lease's
-- run_after forward sends it, the others find it already moved.
INSERT INTO cluster_lease (name) VALUES ('roster-digest');

-- Whether a manager wants the weekly digest of roster alerts (on unless they turn it off).
ALTER TABLE person ADD COLUMN roster_digest BOOLEAN NOT NULL DEFAULT TRUE;

-- A change of e-mail address waiting for its confirmation link: the address changes only when the link sent to
-- new_email is used, before expires_at. token_hash is the SHA-256 of the link's secret (the secret is not kept).
CREATE TABLE email_change (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    person_id   BIGINT        NOT NULL,
    new_email   VARCHAR(320)  NOT NULL,
    token_hash  CHAR(64)      NOT NULL,
    created_at  DATETIME(6)   NOT NULL,
    expires_at  DATETIME(6)   NOT NULL,
    used_at     DATETIME(6)   NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_email_change_token_hash UNIQUE (token_hash),
    CONSTRAINT fk_email_change_person FOREIGN KEY (person_id) REFERENCES person (id)
);
CREATE INDEX ix_email_change_person ON email_change (person_id);
