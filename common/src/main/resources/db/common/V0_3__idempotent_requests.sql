-- POSTs retried with the same Idempotency-Key: the first response, stored in the transaction of its effect.
CREATE TABLE idempotent_request (
    caller        varchar(200) NOT NULL,
    key           varchar(200) NOT NULL,
    request_hash  char(64)     NOT NULL,
    status        integer,
    location      text,
    body          text,
    created_at    timestamptz  NOT NULL DEFAULT now(),
    PRIMARY KEY (caller, key)
);
