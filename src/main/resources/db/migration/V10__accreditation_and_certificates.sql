-- Accreditation decisions about training organisations (the application and review arrive with the accreditation
-- workflow; certification needs the decisions and their validity), and facilitator certificates.
CREATE TABLE accreditation (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    organisation_id BIGINT        NOT NULL,
    outcome         VARCHAR(40)   NOT NULL,
    focus           TEXT          NULL,
    conditions_text TEXT          NULL,
    decided_by      BIGINT        NULL,
    decided_at      DATETIME(6)   NOT NULL,
    valid_from      DATETIME(6)   NOT NULL,
    valid_until     DATETIME(6)   NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_accreditation_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id)
);
CREATE INDEX ix_accreditation_organisation ON accreditation (organisation_id, decided_at);

-- One row per certificate. The facts shown on it are copied at issue, so later renames do not change what was
-- certified. issue_key makes issuance idempotent: "initial:<person>" for the first, "renewal:<certificate>" after.
-- The id is also the certificate's position in the Bitstring Status List.
CREATE TABLE certificate (
    id                     BIGINT        NOT NULL AUTO_INCREMENT,
    cert_number            VARCHAR(24)   NOT NULL,
    person_id              BIGINT        NOT NULL,
    holder_name            VARCHAR(200)  NOT NULL,
    organisation_id        BIGINT        NOT NULL,
    organisation_name      VARCHAR(200)  NOT NULL,
    accreditation_at_issue VARCHAR(40)   NOT NULL,
    signed_off_by          BIGINT        NOT NULL,
    signed_off_by_name     VARCHAR(200)  NOT NULL,
    course_code            VARCHAR(40)   NOT NULL,
    course_title           VARCHAR(300)  NOT NULL,
    syllabus_version_id    BIGINT        NOT NULL,
    syllabus_label         VARCHAR(40)   NOT NULL,
    syllabus_hash          VARCHAR(80)   NOT NULL,
    competences            TEXT          NOT NULL,
    issued_at              DATETIME(6)   NOT NULL,
    expires_at             DATETIME(6)   NOT NULL,
    status                 VARCHAR(20)   NOT NULL,
    status_reason          TEXT          NULL,
    status_changed_at      DATETIME(6)   NULL,
    status_changed_by      BIGINT        NULL,
    supersedes_id          BIGINT        NULL,
    issue_key              VARCHAR(60)   NOT NULL,
    credential             TEXT          NULL,
    reminded_90_at         DATETIME(6)   NULL,
    reminded_30_at         DATETIME(6)   NULL,
    version                BIGINT        NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_certificate_number UNIQUE (cert_number),
    CONSTRAINT uq_certificate_issue_key UNIQUE (issue_key),
    CONSTRAINT fk_certificate_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT fk_certificate_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT fk_certificate_supersedes FOREIGN KEY (supersedes_id) REFERENCES certificate (id)
);
CREATE INDEX ix_certificate_person ON certificate (person_id, issued_at);
CREATE INDEX ix_certificate_status ON certificate (status);
CREATE INDEX ix_certificate_expiry ON certificate (expires_at);
