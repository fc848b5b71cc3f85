-- People, their roles, and sign-in throttling.
CREATE TABLE person (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    email         VARCHAR(320)  NOT NULL,
    display_name  VARCHAR(200)  NOT NULL,
    password_hash VARCHAR(255)  NULL,
    active        BOOLEAN       NOT NULL,
    created_at    DATETIME(6)   NOT NULL,
    version       BIGINT        NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_person_email UNIQUE (email)
);

CREATE TABLE person_role (
    person_id BIGINT      NOT NULL,
    role      VARCHAR(32) NOT NULL,
    PRIMARY KEY (person_id, role),
    CONSTRAINT fk_person_role_person FOREIGN KEY (person_id) REFERENCES person (id)
);

-- One row per throttled key: "account:<email>" or "address:<ip>". Shared by every node through the database.
CREATE TABLE sign_in_throttle (
    throttle_key    VARCHAR(400) NOT NULL,
    failures        INT          NOT NULL,
    last_failure_at DATETIME(6)  NOT NULL,
    locked_until    DATETIME(6)  NULL,
    PRIMARY KEY (throttle_key)
);
