-- A certified facilitator's delivery record (programmes and parents' anonymous feedback, at least one programme with
-- 5 or more responses in the certificate's last year) as CPD evidence for renewal: the holder asks, a trainer of the
-- certificate's training organisation reviews the aggregated profile and accepts it or not. One row per certificate.
--   state: REQUESTED (waiting for a trainer), ACCEPTED or DECLINED (decided_by, decided_at and, when declined, a
--   comment for the holder). A declined record may be put forward again, which makes the row REQUESTED again.
CREATE TABLE renewal_delivery_review (
    id               BIGINT         NOT NULL AUTO_INCREMENT,
    certificate_id   BIGINT         NOT NULL,
    person_id        BIGINT         NOT NULL,
    organisation_id  BIGINT         NOT NULL,
    state            VARCHAR(16)    NOT NULL,
    requested_at     DATETIME(6)    NOT NULL,
    decided_by       BIGINT         NULL,
    decided_at       DATETIME(6)    NULL,
    comment          VARCHAR(1000)  NULL,
    version          BIGINT         NOT NULL DEFAULT 1,
    PRIMARY KEY (id),
    CONSTRAINT uq_renewal_delivery_review_certificate UNIQUE (certificate_id),
    CONSTRAINT fk_renewal_delivery_review_certificate FOREIGN KEY (certificate_id) REFERENCES certificate (id)
        ON DELETE CASCADE
);
CREATE INDEX ix_renewal_delivery_review_organisation ON renewal_delivery_review (organisation_id, state);
