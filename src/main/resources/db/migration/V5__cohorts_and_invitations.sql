-- Cohorts of trainees run by a training organisation, and the invitation links that let trainees join one.
CREATE TABLE cohort (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    organisation_id BIGINT       NOT NULL,
    name            VARCHAR(200) NOT NULL,
    created_at      DATETIME(6)  NOT NULL,
    version         BIGINT       NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_cohort_name UNIQUE (organisation_id, name),
    CONSTRAINT fk_cohort_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id)
);

CREATE TABLE cohort_member (
    cohort_id BIGINT NOT NULL,
    person_id BIGINT NOT NULL,
    PRIMARY KEY (cohort_id, person_id),
    CONSTRAINT fk_cohort_member_cohort FOREIGN KEY (cohort_id) REFERENCES cohort (id),
    CONSTRAINT fk_cohort_member_person FOREIGN KEY (person_id) REFERENCES person (id)
);
CREATE INDEX ix_cohort_member_person ON cohort_member (person_id);

CREATE TABLE invitation (
    id           BIGINT      NOT NULL AUTO_INCREMENT,
    cohort_id    BIGINT      NOT NULL,
    code         VARCHAR(64) NOT NULL,
    created_by   BIGINT      NOT NULL,
    created_at   DATETIME(6) NOT NULL,
    expires_at   DATETIME(6) NOT NULL,
    withdrawn_at DATETIME(6) NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_invitation_code UNIQUE (code),
    CONSTRAINT fk_invitation_cohort FOREIGN KEY (cohort_id) REFERENCES cohort (id),
    CONSTRAINT fk_invitation_created_by FOREIGN KEY (created_by) REFERENCES person (id)
);
CREATE INDEX ix_invitation_cohort ON invitation (cohort_id);
