-- How each competence is assessed (observed in a class, professional discussion, portfolio item), and the method
-- each rating was given under. Earlier syllabus versions share the framework's keys, so they take the methods the
-- framework now names for them; earlier ratings were all given on the observation form, as observed.
ALTER TABLE competence_definition ADD COLUMN evidence_method VARCHAR(20) NOT NULL DEFAULT 'OBSERVED';
ALTER TABLE competence_rating ADD COLUMN method VARCHAR(20) NOT NULL DEFAULT 'OBSERVED';
UPDATE competence_definition SET evidence_method = 'PORTFOLIO' WHERE competence_key = 'invitation-and-engagement';
UPDATE competence_definition SET evidence_method = 'DISCUSSION' WHERE competence_key IN ('safeguarding', 'reflection');
