-- Delivery fidelity after certification (issue 23). A certified facilitator records each programme they run; each
-- session has a short feedback code parents use, without an account, to answer the statements of content/feedback.yaml.
-- Responses are anonymous: no person, no address, no time of day; only the day received, the form version answered
-- and a hash of (device token, session) so that one device answers a session once.
CREATE TABLE delivery_programme (
    id                         BIGINT        NOT NULL AUTO_INCREMENT,
    person_id                  BIGINT        NOT NULL,
    setting                    VARCHAR(16)   NOT NULL,
    starts_on                  DATE          NOT NULL,
    session_count              INT           NOT NULL,
    commissioner_name          VARCHAR(200)  NULL,
    commissioner_id            BIGINT        NULL,
    expected_families          INT           NOT NULL,
    created_at                 DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_delivery_programme_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT fk_delivery_programme_commissioner FOREIGN KEY (commissioner_id) REFERENCES organisation (id)
);
CREATE INDEX ix_delivery_programme_person ON delivery_programme (person_id, starts_on);
CREATE TABLE delivery_session (
    id                         BIGINT        NOT NULL AUTO_INCREMENT,
    programme_id               BIGINT        NOT NULL,
    session_number             INT           NOT NULL,
    session_date               DATE          NOT NULL,
    feedback_code              CHAR(8)       NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_delivery_session_code UNIQUE (feedback_code),
    CONSTRAINT uq_delivery_session_number UNIQUE (programme_id, session_number),
    CONSTRAINT fk_delivery_session_programme FOREIGN KEY (programme_id) REFERENCES delivery_programme (id)
        ON DELETE CASCADE
);
CREATE TABLE delivery_response (
    id                         BIGINT        NOT NULL AUTO_INCREMENT,
    session_id                 BIGINT        NOT NULL,
    device_hash                CHAR(64)      NULL,
    form_version               INT           NOT NULL,
    received_on                DATE          NOT NULL,
    comment                    VARCHAR(1000) NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_delivery_response_device UNIQUE (session_id, device_hash),
    CONSTRAINT fk_delivery_response_session FOREIGN KEY (session_id) REFERENCES delivery_session (id)
        ON DELETE CASCADE
);
CREATE TABLE delivery_answer (
    response_id                BIGINT        NOT NULL,
    item_key                   VARCHAR(60)   NOT NULL,
    answer                     VARCHAR(20)   NOT NULL,
    PRIMARY KEY (response_id, item_key),
    CONSTRAINT fk_delivery_answer_response FOREIGN KEY (response_id) REFERENCES delivery_response (id)
        ON DELETE CASCADE
);
-- Whether the facilitator lets the lead trainers of their training organisation, and the managers of organisations
-- that have them on their roster, see their aggregated profile; revocable at any time (no row: not shared).
CREATE TABLE delivery_sharing (
    person_id                  BIGINT        NOT NULL,
    with_training              BOOLEAN       NOT NULL,
    with_employers             BOOLEAN       NOT NULL,
    changed_at                 DATETIME(6)   NOT NULL,
    PRIMARY KEY (person_id),
    CONSTRAINT fk_delivery_sharing_person FOREIGN KEY (person_id) REFERENCES person (id)
);
