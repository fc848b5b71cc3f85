-- Training organisations and employers, and who belongs to which.
CREATE TABLE organisation (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    kind          VARCHAR(16)   NOT NULL,
    name          VARCHAR(200)  NOT NULL,
    contact_email VARCHAR(320)  NULL,
    website       VARCHAR(500)  NULL,
    created_at    DATETIME(6)   NOT NULL,
    version       BIGINT        NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_organisation_name UNIQUE (name)
);

-- A person belongs to at most one organisation (administrators to none).
CREATE TABLE membership (
    id              BIGINT      NOT NULL AUTO_INCREMENT,
    person_id       BIGINT      NOT NULL,
    organisation_id BIGINT      NOT NULL,
    joined_at       DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_membership_person UNIQUE (person_id),
    CONSTRAINT fk_membership_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT fk_membership_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id)
);
CREATE INDEX ix_membership_organisation ON membership (organisation_id);
