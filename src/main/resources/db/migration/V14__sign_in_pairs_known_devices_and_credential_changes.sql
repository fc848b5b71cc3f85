-- Sign-in throttling counted per (account, address) pair, per account and per address (issue 18). Keys are now
-- "pair:<email>|<ip>", "account:<email>" and "address:<ip>"; the old rows are short-lived and are dropped.
DELETE FROM sign_in_throttle;
-- When the pair last signed in successfully (an address that has, is not paused by its address's failures).
ALTER TABLE sign_in_throttle ADD COLUMN succeeded_at DATETIME(6) NULL;
-- When the row is no longer needed; a periodic job deletes rows past it.
ALTER TABLE sign_in_throttle ADD COLUMN expires_at DATETIME(6) NULL;
CREATE INDEX ix_sign_in_throttle_expires ON sign_in_throttle (expires_at);

-- Known devices: the SHA-256 of a random token kept in a cookie of a browser that signed in; a device presenting a
-- valid one for the account is exempt from the account-wide and address pauses.
CREATE TABLE sign_in_known_device (
    token_hash CHAR(64)    NOT NULL,
    person_id  BIGINT      NOT NULL,
    created_at DATETIME(6) NOT NULL,
    expires_at DATETIME(6) NOT NULL,
    PRIMARY KEY (token_hash),
    CONSTRAINT fk_sign_in_known_device_person FOREIGN KEY (person_id) REFERENCES person (id) ON DELETE CASCADE
);
CREATE INDEX ix_sign_in_known_device_person ON sign_in_known_device (person_id);
CREATE INDEX ix_sign_in_known_device_expires ON sign_in_known_device (expires_at);

-- When the person's password last changed: sessions signed in before it end.
ALTER TABLE person ADD COLUMN credentials_changed_at DATETIME(6) NULL;

INSERT INTO cluster_lease (name) VALUES ('sign-in-cleanup');
