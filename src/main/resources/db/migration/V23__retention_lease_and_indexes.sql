-- The daily retention job (org.attune.retention) runs on one node of a cluster: the node that moves this lease's
-- run_after forward runs it, the others find it already moved.
INSERT INTO cluster_lease (name) VALUES ('retention');

-- What the daily job looks rows up by (each feature's purge method), so that it never scans a whole table.
CREATE INDEX ix_sign_in_throttle_last_failure ON sign_in_throttle (last_failure_at);
CREATE INDEX ix_sign_in_known_device_created ON sign_in_known_device (created_at);
CREATE INDEX ix_mail_outbox_state_sent ON mail_outbox (state, sent_at);
CREATE INDEX ix_invitation_expires ON invitation (expires_at);
CREATE INDEX ix_person_created ON person (created_at);
