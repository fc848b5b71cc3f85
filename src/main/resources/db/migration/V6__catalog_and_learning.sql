-- Syllabus versions imported from content/, and trainees' reading progress.
CREATE TABLE syllabus_version (
    id                       BIGINT       NOT NULL AUTO_INCREMENT,
    course_code              VARCHAR(40)  NOT NULL,
    course_title             VARCHAR(300) NOT NULL,
    description              TEXT         NOT NULL,
    version_label            VARCHAR(40)  NOT NULL,
    content_hash             CHAR(64)     NOT NULL,
    validity_months          INT          NOT NULL,
    practicum_sessions       INT          NOT NULL,
    practicum_families       INT          NOT NULL,
    renewal_practicum_months INT          NOT NULL,
    imported_at              DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_syllabus_version_hash UNIQUE (course_code, content_hash)
);
CREATE INDEX ix_syllabus_version_latest ON syllabus_version (course_code, imported_at);

CREATE TABLE course_module (
    id                  BIGINT       NOT NULL AUTO_INCREMENT,
    syllabus_version_id BIGINT       NOT NULL,
    module_key          VARCHAR(80)  NOT NULL,
    position            INT          NOT NULL,
    refresher           BOOLEAN      NOT NULL,
    title               VARCHAR(300) NOT NULL,
    minutes             INT          NOT NULL,
    outcomes            TEXT         NOT NULL,
    sources             TEXT         NOT NULL,
    introduction_html   TEXT         NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_course_module_key UNIQUE (syllabus_version_id, module_key),
    CONSTRAINT fk_course_module_version FOREIGN KEY (syllabus_version_id) REFERENCES syllabus_version (id)
);

CREATE TABLE module_section (
    id               BIGINT       NOT NULL AUTO_INCREMENT,
    course_module_id BIGINT       NOT NULL,
    anchor           VARCHAR(200) NOT NULL,
    title            VARCHAR(300) NOT NULL,
    position         INT          NOT NULL,
    html             TEXT         NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_module_section_anchor UNIQUE (course_module_id, anchor),
    CONSTRAINT fk_module_section_module FOREIGN KEY (course_module_id) REFERENCES course_module (id)
);

-- The quiz rules and question bank of a module, kept as the content files gave them (JSON); graded by the quiz feature.
CREATE TABLE quiz_definition (
    id                 BIGINT  NOT NULL AUTO_INCREMENT,
    course_module_id   BIGINT  NOT NULL,
    draw_count         INT     NOT NULL,
    pass_mark          INT     NOT NULL,
    attempts_allowed   INT     NOT NULL,
    cool_down_minutes  INT     NOT NULL,
    time_limit_minutes INT     NULL,
    shuffle_options    BOOLEAN NOT NULL,
    partial_credit     BOOLEAN NOT NULL,
    question_count     INT     NOT NULL,
    questions_json     TEXT    NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_quiz_definition_module UNIQUE (course_module_id),
    CONSTRAINT fk_quiz_definition_module FOREIGN KEY (course_module_id) REFERENCES course_module (id)
);

CREATE TABLE competence_definition (
    id                  BIGINT       NOT NULL AUTO_INCREMENT,
    syllabus_version_id BIGINT       NOT NULL,
    competence_key      VARCHAR(80)  NOT NULL,
    position            INT          NOT NULL,
    title               VARCHAR(300) NOT NULL,
    competent           TEXT         NOT NULL,
    not_yet_competent   TEXT         NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_competence_definition_key UNIQUE (syllabus_version_id, competence_key),
    CONSTRAINT fk_competence_definition_version FOREIGN KEY (syllabus_version_id) REFERENCES syllabus_version (id)
);

-- Every import attempt, for the administrators' Content page.
CREATE TABLE content_import (
    id                  BIGINT       NOT NULL AUTO_INCREMENT,
    requested_by        VARCHAR(320) NULL,
    attempted_at        DATETIME(6)  NOT NULL,
    outcome             VARCHAR(16)  NOT NULL,
    syllabus_version_id BIGINT       NULL,
    duration_ms         BIGINT       NOT NULL,
    problems            TEXT         NULL,
    PRIMARY KEY (id)
);
CREATE INDEX ix_content_import_attempted_at ON content_import (attempted_at);

CREATE TABLE enrolment (
    id                  BIGINT       NOT NULL AUTO_INCREMENT,
    person_id           BIGINT       NOT NULL,
    course_code         VARCHAR(40)  NOT NULL,
    syllabus_version_id BIGINT       NOT NULL,
    enrolled_at         DATETIME(6)  NOT NULL,
    last_module_key     VARCHAR(80)  NULL,
    last_activity_at    DATETIME(6)  NULL,
    version             BIGINT       NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_enrolment_person_course UNIQUE (person_id, course_code),
    CONSTRAINT fk_enrolment_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT fk_enrolment_version FOREIGN KEY (syllabus_version_id) REFERENCES syllabus_version (id)
);

CREATE TABLE section_read (
    enrolment_id      BIGINT      NOT NULL,
    module_section_id BIGINT      NOT NULL,
    read_at           DATETIME(6) NOT NULL,
    PRIMARY KEY (enrolment_id, module_section_id),
    CONSTRAINT fk_section_read_enrolment FOREIGN KEY (enrolment_id) REFERENCES enrolment (id),
    CONSTRAINT fk_section_read_section FOREIGN KEY (module_section_id) REFERENCES module_section (id)
);
