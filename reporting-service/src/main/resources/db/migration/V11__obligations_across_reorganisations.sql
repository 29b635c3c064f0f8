-- Work in flight when an organisation ceases (issue 20, docs/reorganisation-2025.md): an open obligation of a
-- period the organisation did not live to the end of moves to its one successor or is cancelled; reports waiting
-- for a recipient that ceased go to the recipient's successor. Both remember where they came from.
ALTER TABLE reporting_obligation
    ADD COLUMN transferred_from_id    uuid,
    ADD COLUMN transferred_from_code  varchar(100),
    ADD COLUMN readdressed_from_code  varchar(100),
    ADD COLUMN cancel_reason          varchar(30);
