-- The outbox parks a row the broker keeps refusing (docs/reliability.md) and carries the W3C trace context of the
-- request that wrote it, so the consumer continues the same trace.
ALTER TABLE outbox_event ADD COLUMN parked_at timestamptz;
ALTER TABLE outbox_event ADD COLUMN traceparent varchar(55);

-- The relay reads unpublished rows that are not parked; administrators list the parked ones.
DROP INDEX outbox_event_unpublished;
CREATE INDEX outbox_event_unpublished ON outbox_event (seq) WHERE published_at IS NULL AND parked_at IS NULL;
CREATE INDEX outbox_event_parked ON outbox_event (seq) WHERE parked_at IS NOT NULL;
