-- The accreditation criteria come from content (accreditation.yaml) with each syllabus version: whether
-- "accredited with conditions" may leave a criterion unmet, and the evidence documents it requires ("id<TAB>title"
-- per line). An application records, per criterion, which of those documents the lead trainer says the evidence
-- holds (document ids, one per line).
CREATE TABLE accreditation_criterion_definition (
    id                  BIGINT       NOT NULL AUTO_INCREMENT,
    syllabus_version_id BIGINT       NOT NULL,
    criterion_key       VARCHAR(80)  NOT NULL,
    position            INT          NOT NULL,
    title               VARCHAR(300) NOT NULL,
    requirement         TEXT         NOT NULL,
    waivable            BOOLEAN      NOT NULL,
    documents           TEXT         NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_accreditation_criterion_key UNIQUE (syllabus_version_id, criterion_key),
    CONSTRAINT fk_accreditation_criterion_version FOREIGN KEY (syllabus_version_id) REFERENCES syllabus_version (id)
);

ALTER TABLE application_criterion ADD COLUMN documents_provided TEXT NULL;
