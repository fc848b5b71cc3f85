-- Quiz attempts: the questions drawn and the order their choices are shown in, every answer as saved, the grade.
CREATE TABLE quiz_attempt (
    id                 BIGINT        NOT NULL AUTO_INCREMENT,
    enrolment_id       BIGINT        NOT NULL,
    person_id          BIGINT        NOT NULL,
    quiz_definition_id BIGINT        NOT NULL,
    module_key         VARCHAR(80)   NOT NULL,
    attempt_number     INT           NOT NULL,
    started_at         DATETIME(6)   NOT NULL,
    deadline_at        DATETIME(6)   NULL,
    submitted_at       DATETIME(6)   NULL,
    timed_out          BOOLEAN       NOT NULL,
    score              DOUBLE        NULL,
    passed             BOOLEAN       NULL,
    override_score     DOUBLE        NULL,
    override_reason    VARCHAR(1000) NULL,
    overridden_by      BIGINT        NULL,
    overridden_at      DATETIME(6)   NULL,
    version            BIGINT        NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_quiz_attempt_number UNIQUE (enrolment_id, module_key, attempt_number),
    CONSTRAINT fk_quiz_attempt_enrolment FOREIGN KEY (enrolment_id) REFERENCES enrolment (id),
    CONSTRAINT fk_quiz_attempt_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT fk_quiz_attempt_quiz FOREIGN KEY (quiz_definition_id) REFERENCES quiz_definition (id)
);
CREATE INDEX ix_quiz_attempt_person ON quiz_attempt (person_id, module_key);
CREATE INDEX ix_quiz_attempt_module ON quiz_attempt (module_key, submitted_at);

CREATE TABLE attempt_question (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    attempt_id   BIGINT       NOT NULL,
    position     INT          NOT NULL,
    question_key VARCHAR(80)  NOT NULL,
    presentation VARCHAR(200) NOT NULL,
    answer       VARCHAR(200) NULL,
    answered_at  DATETIME(6)  NULL,
    score        DOUBLE       NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_attempt_question_key UNIQUE (attempt_id, question_key),
    CONSTRAINT fk_attempt_question_attempt FOREIGN KEY (attempt_id) REFERENCES quiz_attempt (id)
);

-- Extra time a trainer grants a trainee on timed quizzes; it applies to every attempt that starts afterwards.
CREATE TABLE quiz_accommodation (
    person_id          BIGINT      NOT NULL,
    extra_time_percent INT         NOT NULL,
    granted_by         BIGINT      NOT NULL,
    granted_at         DATETIME(6) NOT NULL,
    version            BIGINT      NOT NULL,
    PRIMARY KEY (person_id),
    CONSTRAINT fk_quiz_accommodation_person FOREIGN KEY (person_id) REFERENCES person (id)
);
