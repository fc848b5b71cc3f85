-- Further attempts a trainer allows a trainee at one module's quiz, beyond what the quiz itself allows.
CREATE TABLE quiz_extra_attempt (
    person_id  BIGINT      NOT NULL,
    module_key VARCHAR(80) NOT NULL,
    extra      INT         NOT NULL,
    granted_by BIGINT      NOT NULL,
    granted_at DATETIME(6) NOT NULL,
    PRIMARY KEY (person_id, module_key),
    CONSTRAINT fk_quiz_extra_attempt_person FOREIGN KEY (person_id) REFERENCES person (id)
);
