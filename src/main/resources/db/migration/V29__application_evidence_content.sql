-- An accreditation application's evidence files keep their bytes apart from their description, as observation
-- evidence does (evidence_file / evidence_content): listing an application's files never loads them.
CREATE TABLE application_evidence_content (
    application_evidence_id BIGINT        NOT NULL,
    content                 LONGBLOB      NOT NULL,
    PRIMARY KEY (application_evidence_id),
    CONSTRAINT fk_application_evidence_content_file FOREIGN KEY (application_evidence_id)
        REFERENCES application_evidence (id)
);

INSERT INTO application_evidence_content (application_evidence_id, content)
    SELECT id, content FROM application_evidence;

ALTER TABLE application_evidence DROP COLUMN content;
