-- Issue 22: credentials that wallets read.
-- Each certificate issued from now on has one randomly chosen slot, (list number, index), which it uses in the
-- revocation list and the suspension list of that number. A slot is claimed by inserting it here (INSERT IGNORE:
-- a slot another node claimed first is skipped, not an error), so two nodes never hand out the same one.
-- Certificates issued before this keep their credential, which points at the old two-bit "message" list
-- (/api/v1/status-lists/1, still served); their new columns stay empty.
CREATE TABLE status_list_slot (
    list_number  INT          NOT NULL,
    list_index   INT          NOT NULL,
    allocated_at DATETIME(6)  NOT NULL,
    PRIMARY KEY (list_number, list_index)
);

ALTER TABLE certificate ADD COLUMN status_list INT NULL;
ALTER TABLE certificate ADD COLUMN status_index INT NULL;
-- the salt of the holder's identityHash (sha256 of the name followed by this salt); empty for older certificates
ALTER TABLE certificate ADD COLUMN identity_salt VARCHAR(64) NULL;
ALTER TABLE certificate ADD CONSTRAINT uq_certificate_status_slot UNIQUE (status_list, status_index);
CREATE INDEX ix_certificate_status_list ON certificate (status_list, status);
