-- Work that must run on one node of a cluster at a time takes a lease here: the start-up content import locks its
-- row for its transaction (a second node starting together waits, then finds the content imported), and a
-- scheduled job runs only on the node that moves run_after forward (the others find it already moved).
CREATE TABLE cluster_lease (
    name      VARCHAR(64)  NOT NULL,
    held_by   VARCHAR(100) NULL,
    run_after DATETIME(6)  NULL,
    PRIMARY KEY (name)
);
INSERT INTO cluster_lease (name) VALUES ('content-import');
INSERT INTO cluster_lease (name) VALUES ('expiry-reminders');

-- The client address of the request behind an audit event (behind a trusted proxy, the address it forwarded).
ALTER TABLE audit_event ADD COLUMN client_address VARCHAR(45) NULL;
