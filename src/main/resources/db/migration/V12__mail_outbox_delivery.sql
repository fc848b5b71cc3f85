-- Every message Attune sends is written to mail_outbox in the transaction that decides to send it, and delivered
-- to the SMTP server only after that transaction commits (a transactional outbox): a rolled-back action sends
-- nothing, a slow mail server holds no transaction, and a mail server that is down gets the message later.
--   state: KEPT (no SMTP server configured: kept for administrators to read), PENDING (waiting for its next
--   attempt), SENDING (claimed by a node until claimed_until), SENT (handed to the SMTP server; the body is then
--   cleared) or FAILED (every attempt failed; an administrator can try again).
ALTER TABLE mail_outbox ADD COLUMN state VARCHAR(16) NOT NULL DEFAULT 'KEPT';
ALTER TABLE mail_outbox ADD COLUMN attempts INT NOT NULL DEFAULT 0;
ALTER TABLE mail_outbox ADD COLUMN next_attempt_at DATETIME(6) NULL;
ALTER TABLE mail_outbox ADD COLUMN claimed_until DATETIME(6) NULL;
ALTER TABLE mail_outbox ADD COLUMN sent_at DATETIME(6) NULL;
ALTER TABLE mail_outbox ADD COLUMN last_error VARCHAR(500) NULL;
CREATE INDEX ix_mail_outbox_state_due ON mail_outbox (state, next_attempt_at);
