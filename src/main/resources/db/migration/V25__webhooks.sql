-- Webhooks for managers: an employer organisation registers HTTPS endpoints; when a certificate on its roster
-- changes, one webhook_delivery row per endpoint is written in the transaction that makes the change (an outbox,
-- like mail_outbox) and delivered after it commits, signed with the endpoint's secret.
--   secret: the HMAC-SHA256 key, shown to the manager once; it must be kept (not hashed) to sign each delivery.
CREATE TABLE webhook_endpoint (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    employer_id  BIGINT        NOT NULL,
    url          VARCHAR(500)  NOT NULL,
    secret       VARCHAR(100)  NOT NULL,
    secret_hint  VARCHAR(16)   NOT NULL,
    created_by   BIGINT        NOT NULL,
    created_at   DATETIME(6)   NOT NULL,
    removed_at   DATETIME(6)   NULL,
    version      BIGINT        NOT NULL DEFAULT 1,
    PRIMARY KEY (id),
    CONSTRAINT fk_webhook_endpoint_employer FOREIGN KEY (employer_id) REFERENCES organisation (id)
);
CREATE INDEX ix_webhook_endpoint_employer ON webhook_endpoint (employer_id);

--   state: PENDING (waiting for its next attempt), SENDING (claimed by a node until claimed_until), DELIVERED (the
--   receiver answered 2xx; never sent again) or FAILED (every attempt failed). event_id is what receivers
--   de-duplicate on: the same for every attempt of one event to one endpoint.
CREATE TABLE webhook_delivery (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    endpoint_id     BIGINT        NOT NULL,
    event_id        VARCHAR(40)   NOT NULL,
    event_type      VARCHAR(40)   NOT NULL,
    payload         TEXT          NOT NULL,
    created_at      DATETIME(6)   NOT NULL,
    state           VARCHAR(16)   NOT NULL,
    attempts        INT           NOT NULL DEFAULT 0,
    next_attempt_at DATETIME(6)   NULL,
    claimed_until   DATETIME(6)   NULL,
    delivered_at    DATETIME(6)   NULL,
    last_status     INT           NULL,
    last_error      VARCHAR(500)  NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_webhook_delivery_event UNIQUE (endpoint_id, event_id),
    CONSTRAINT fk_webhook_delivery_endpoint FOREIGN KEY (endpoint_id) REFERENCES webhook_endpoint (id)
);
CREATE INDEX ix_webhook_delivery_state_due ON webhook_delivery (state, next_attempt_at);
CREATE INDEX ix_webhook_delivery_endpoint_created ON webhook_delivery (endpoint_id, created_at);
CREATE INDEX ix_roster_entry_certificate_number ON roster_entry (certificate_number);
