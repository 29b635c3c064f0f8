-- Shared by every service (versions 0.x; each service's own migrations start at 1).

-- Transactional outbox: written in the same transaction as the change it announces.
CREATE TABLE outbox_event (
    id              uuid         PRIMARY KEY,
    seq             bigint       GENERATED ALWAYS AS IDENTITY UNIQUE,
    topic           varchar(200) NOT NULL,
    aggregate_type  varchar(100) NOT NULL,
    aggregate_id    varchar(100) NOT NULL,
    event_type      varchar(200) NOT NULL,
    payload         jsonb        NOT NULL,
    occurred_at     timestamptz  NOT NULL,
    published_at    timestamptz,
    attempts        integer      NOT NULL DEFAULT 0,
    last_error      text
);
CREATE INDEX outbox_event_unpublished ON outbox_event (seq) WHERE published_at IS NULL;

-- Wakes the relay as soon as a transaction that wrote outbox rows commits.
CREATE FUNCTION outbox_event_notify() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('cascade_outbox', '');
    RETURN NULL;
END $$;
CREATE TRIGGER outbox_event_inserted AFTER INSERT ON outbox_event
    FOR EACH STATEMENT EXECUTE FUNCTION outbox_event_notify();

-- Idempotent consumer: one row per (consumer, event) applied, written with the effect.
CREATE TABLE processed_event (
    consumer      varchar(100) NOT NULL,
    event_id      varchar(200) NOT NULL,
    event_type    varchar(200) NOT NULL,
    processed_at  timestamptz  NOT NULL DEFAULT now(),
    PRIMARY KEY (consumer, event_id)
);
