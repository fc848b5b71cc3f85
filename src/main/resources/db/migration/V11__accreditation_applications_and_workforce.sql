-- Accreditation applications (a statement and optional evidence per criterion, reviewed criterion by criterion),
-- training organisations' curriculum summaries, and the managers' workspace: rosters and API tokens.
ALTER TABLE organisation ADD COLUMN curriculum_summary TEXT NULL;

-- open_organisation_id holds the organisation's id while the application waits for a decision, so each
-- organisation has at most one open application.
CREATE TABLE accreditation_application (
    id                   BIGINT        NOT NULL AUTO_INCREMENT,
    organisation_id      BIGINT        NOT NULL,
    submitted_by         BIGINT        NOT NULL,
    submitted_at         DATETIME(6)   NOT NULL,
    state                VARCHAR(20)   NOT NULL,
    accreditation_id     BIGINT        NULL,
    decided_by           BIGINT        NULL,
    open_organisation_id BIGINT        NULL,
    version              BIGINT        NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_accreditation_application_open UNIQUE (open_organisation_id),
    CONSTRAINT fk_accreditation_application_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT fk_accreditation_application_decision FOREIGN KEY (accreditation_id) REFERENCES accreditation (id)
);
CREATE INDEX ix_accreditation_application_org ON accreditation_application (organisation_id, submitted_at);

CREATE TABLE application_criterion (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    application_id BIGINT        NOT NULL,
    criterion      INT           NOT NULL,
    statement      TEXT          NOT NULL,
    review         VARCHAR(10)   NULL,
    review_comment TEXT          NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_application_criterion UNIQUE (application_id, criterion),
    CONSTRAINT fk_application_criterion_application FOREIGN KEY (application_id)
        REFERENCES accreditation_application (id)
);

CREATE TABLE application_evidence (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    application_id BIGINT        NOT NULL,
    criterion      INT           NOT NULL,
    file_name      VARCHAR(255)  NOT NULL,
    content_type   VARCHAR(40)   NOT NULL,
    size_bytes     BIGINT        NOT NULL,
    sha256         CHAR(64)      NOT NULL,
    content        LONGBLOB      NOT NULL,
    uploaded_at    DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_application_evidence_application FOREIGN KEY (application_id)
        REFERENCES accreditation_application (id)
);
CREATE INDEX ix_application_evidence_application ON application_evidence (application_id);

CREATE TABLE roster_entry (
    id                 BIGINT        NOT NULL AUTO_INCREMENT,
    employer_id        BIGINT        NOT NULL,
    certificate_number VARCHAR(24)   NOT NULL,
    added_by           BIGINT        NOT NULL,
    added_at           DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_roster_entry UNIQUE (employer_id, certificate_number),
    CONSTRAINT fk_roster_entry_employer FOREIGN KEY (employer_id) REFERENCES organisation (id)
);

CREATE TABLE api_token (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    employer_id  BIGINT        NOT NULL,
    name         VARCHAR(100)  NOT NULL,
    token_hash   CHAR(64)      NOT NULL,
    token_prefix VARCHAR(12)   NOT NULL,
    created_by   BIGINT        NOT NULL,
    created_at   DATETIME(6)   NOT NULL,
    last_used_at DATETIME(6)   NULL,
    revoked_at   DATETIME(6)   NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_api_token_hash UNIQUE (token_hash),
    CONSTRAINT fk_api_token_employer FOREIGN KEY (employer_id) REFERENCES organisation (id)
);
CREATE INDEX ix_api_token_employer ON api_token (employer_id);
