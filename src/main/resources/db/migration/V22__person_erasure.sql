-- Erasure (UK GDPR article 17): when a person's personal fields were replaced by a pseudonym. A second erasure is
-- refused by this column, and pages can tell an erased person from one who was only deactivated.
ALTER TABLE person ADD COLUMN erased_at DATETIME(6) NULL;
