-- Mail that Attune could not hand to an SMTP server because none is configured (the embedded run mode):
-- administrators read it on the Outbox page.
CREATE TABLE mail_outbox (
    id         BIGINT        NOT NULL AUTO_INCREMENT,
    recipient  VARCHAR(320)  NOT NULL,
    subject    VARCHAR(300)  NOT NULL,
    body       TEXT          NOT NULL,
    created_at DATETIME(6)   NOT NULL,
    PRIMARY KEY (id)
);
CREATE INDEX ix_mail_outbox_created_at ON mail_outbox (created_at);

-- One-time password reset tokens. Only a SHA-256 hash of each token is stored.
CREATE TABLE password_reset_token (
    id         BIGINT      NOT NULL AUTO_INCREMENT,
    person_id  BIGINT      NOT NULL,
    token_hash CHAR(64)    NOT NULL,
    created_at DATETIME(6) NOT NULL,
    expires_at DATETIME(6) NOT NULL,
    used_at    DATETIME(6) NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_password_reset_token_hash UNIQUE (token_hash),
    CONSTRAINT fk_password_reset_token_person FOREIGN KEY (person_id) REFERENCES person (id)
);
