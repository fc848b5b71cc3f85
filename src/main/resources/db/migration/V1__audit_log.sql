-- Append-only audit log: who did what, when, on whom. Rows are never updated or deleted by the application.
CREATE TABLE audit_event (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    occurred_at DATETIME(6)   NOT NULL,
    actor       VARCHAR(320)  NULL,
    action      VARCHAR(64)   NOT NULL,
    subject     VARCHAR(320)  NULL,
    detail      VARCHAR(1000) NULL,
    PRIMARY KEY (id)
);
CREATE INDEX ix_audit_event_occurred_at ON audit_event (occurred_at);
CREATE INDEX ix_audit_event_action ON audit_event (action);
CREATE INDEX ix_audit_event_actor ON audit_event (actor);
