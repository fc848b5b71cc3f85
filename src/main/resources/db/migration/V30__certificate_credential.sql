-- Issue 21: a certificate's signed credential (a JWT of about 3.5 KB) is kept apart from the certificate row, as
-- evidence keeps its bytes (evidence_file / evidence_content). Look-ups and lists read certificate rows only, and with
-- the credential in them nine tenths of each row was text they never read: at a million certificates the table
-- outgrew the buffer pool and every look-up slowed. The credential is read only to download it, to check a name
-- against an erased holder's identity hash, and for a subject access export.
CREATE TABLE certificate_credential (
    certificate_id BIGINT NOT NULL,
    credential     TEXT   NOT NULL,
    PRIMARY KEY (certificate_id),
    CONSTRAINT fk_certificate_credential_certificate FOREIGN KEY (certificate_id)
        REFERENCES certificate (id) ON DELETE CASCADE
);

INSERT INTO certificate_credential (certificate_id, credential)
    SELECT id, credential FROM certificate WHERE credential IS NOT NULL;

ALTER TABLE certificate DROP COLUMN credential;
