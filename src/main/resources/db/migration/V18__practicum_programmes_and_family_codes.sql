-- A practicum session belongs to one of the trainee's programmes (1 for their first) and records the anonymised
-- codes of the families who attended it (F1, F2 ...: never names), so that criterion 3 can be checked as the same
-- families followed across a full programme. Sessions logged before this keep their family count, have no codes
-- and are placed in programme 1; they count as sessions delivered but their families do not count as followed.
ALTER TABLE practicum_session ADD COLUMN programme INT NOT NULL DEFAULT 1;
CREATE INDEX ix_practicum_session_programme ON practicum_session (person_id, programme, session_number);
CREATE TABLE practicum_family (
    session_id      BIGINT        NOT NULL,
    family_code     VARCHAR(8)    NOT NULL,
    PRIMARY KEY (session_id, family_code),
    CONSTRAINT fk_practicum_family_session FOREIGN KEY (session_id) REFERENCES practicum_session (id)
        ON DELETE CASCADE
);
