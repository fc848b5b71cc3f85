-- The sequence number of the last autosave applied to each answer: the attempt page numbers its saves per question,
-- and a save that arrives after a newer one (requests can overtake each other) is ignored instead of undoing it.
ALTER TABLE attempt_question ADD COLUMN answer_sequence BIGINT NULL;
