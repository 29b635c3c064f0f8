-- Deliberately no unique key: applying an event twice would leave two rows.
CREATE TABLE test_effect (
    event_id  varchar(200) NOT NULL,
    note      text
);
CREATE TABLE test_item (
    id    bigint PRIMARY KEY,
    name  varchar(20) NOT NULL
);
