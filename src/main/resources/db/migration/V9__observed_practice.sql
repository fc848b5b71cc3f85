-- Observed practice: the trainee's practicum log, trainers' observations rated against the competence framework,
-- evidence files, and sign-offs with their moderation.
CREATE TABLE practicum_session (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    person_id       BIGINT        NOT NULL,
    session_date    DATE          NOT NULL,
    setting         VARCHAR(20)   NOT NULL,
    session_number  INT           NOT NULL,
    families        INT           NOT NULL,
    reflection      TEXT          NOT NULL,
    parent_feedback TEXT          NOT NULL,
    logged_at       DATETIME(6)   NOT NULL,
    version         BIGINT        NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_practicum_session_person FOREIGN KEY (person_id) REFERENCES person (id)
);
CREATE INDEX ix_practicum_session_person ON practicum_session (person_id, session_date);

CREATE TABLE observation (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    session_id      BIGINT        NOT NULL,
    trainee_id      BIGINT        NOT NULL,
    trainer_id      BIGINT        NOT NULL,
    observed_on     DATE          NOT NULL,
    overall_comment TEXT          NOT NULL,
    saved_by        BIGINT        NOT NULL,
    saved_at        DATETIME(6)   NOT NULL,
    version         BIGINT        NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_observation_session UNIQUE (session_id),
    CONSTRAINT fk_observation_session FOREIGN KEY (session_id) REFERENCES practicum_session (id),
    CONSTRAINT fk_observation_trainee FOREIGN KEY (trainee_id) REFERENCES person (id),
    CONSTRAINT fk_observation_trainer FOREIGN KEY (trainer_id) REFERENCES person (id)
);
CREATE INDEX ix_observation_trainee ON observation (trainee_id, observed_on);

CREATE TABLE competence_rating (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    observation_id  BIGINT        NOT NULL,
    competence_key  VARCHAR(80)   NOT NULL,
    rating          VARCHAR(20)   NOT NULL,
    evidence        TEXT          NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_competence_rating UNIQUE (observation_id, competence_key),
    CONSTRAINT fk_competence_rating_observation FOREIGN KEY (observation_id) REFERENCES observation (id)
);

CREATE TABLE evidence_file (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    observation_id  BIGINT        NOT NULL,
    file_name       VARCHAR(255)  NOT NULL,
    content_type    VARCHAR(40)   NOT NULL,
    size_bytes      BIGINT        NOT NULL,
    sha256          CHAR(64)      NOT NULL,
    uploaded_by     BIGINT        NOT NULL,
    uploaded_at     DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_evidence_file_observation FOREIGN KEY (observation_id) REFERENCES observation (id)
);
CREATE INDEX ix_evidence_file_observation ON evidence_file (observation_id);

CREATE TABLE evidence_content (
    evidence_id     BIGINT        NOT NULL,
    content         LONGBLOB      NOT NULL,
    PRIMARY KEY (evidence_id),
    CONSTRAINT fk_evidence_content_file FOREIGN KEY (evidence_id) REFERENCES evidence_file (id)
);

-- At most one sign-off in force per trainee: active_trainee_id holds the trainee's id while the sign-off awaits
-- moderation or stands, and NULL once it is returned or reopened (NULLs do not collide in a unique key).
CREATE TABLE sign_off (
    id                 BIGINT        NOT NULL AUTO_INCREMENT,
    trainee_id         BIGINT        NOT NULL,
    organisation_id    BIGINT        NOT NULL,
    signed_by          BIGINT        NOT NULL,
    signed_at          DATETIME(6)   NOT NULL,
    state              VARCHAR(30)   NOT NULL,
    sampled            BOOLEAN       NOT NULL,
    moderated_by       BIGINT        NULL,
    moderated_at       DATETIME(6)   NULL,
    moderation_comment TEXT          NULL,
    reopened_by        BIGINT        NULL,
    reopened_at        DATETIME(6)   NULL,
    reopen_reason      TEXT          NULL,
    active_trainee_id  BIGINT        NULL,
    version            BIGINT        NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_sign_off_active UNIQUE (active_trainee_id),
    CONSTRAINT fk_sign_off_trainee FOREIGN KEY (trainee_id) REFERENCES person (id),
    CONSTRAINT fk_sign_off_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT fk_sign_off_signer FOREIGN KEY (signed_by) REFERENCES person (id)
);
CREATE INDEX ix_sign_off_trainee ON sign_off (trainee_id, signed_at);
CREATE INDEX ix_sign_off_signer ON sign_off (signed_by);
CREATE INDEX ix_sign_off_org_state ON sign_off (organisation_id, state);
