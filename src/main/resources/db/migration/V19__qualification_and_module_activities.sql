-- What the certificate stands for, as course.yaml states it (qualification block), and each module's study
-- activities ("minutes<TAB>title" per line). Versions imported before this script keep NULL: the course page and the
-- credential show the qualification of the version that has one, and the next import of the content tree adds it.
ALTER TABLE syllabus_version ADD COLUMN qualification_name VARCHAR(300) NULL;
ALTER TABLE syllabus_version ADD COLUMN qualification_entry TEXT NULL;
ALTER TABLE syllabus_version ADD COLUMN qualification_workshop TEXT NULL;
ALTER TABLE syllabus_version ADD COLUMN qualification_observed TEXT NULL;
ALTER TABLE syllabus_version ADD COLUMN qualification_certifies TEXT NULL;
ALTER TABLE syllabus_version ADD COLUMN qualification_not_certified TEXT NULL;
ALTER TABLE course_module ADD COLUMN activities TEXT NULL;
