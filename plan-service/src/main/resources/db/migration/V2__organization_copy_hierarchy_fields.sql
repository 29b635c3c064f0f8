-- Fields added to the organisation snapshot (issue 3). Nullable: snapshots published before them lack them.
ALTER TABLE organization
    ADD COLUMN kind                varchar(30),
    ADD COLUMN member_count_as_of  date,
    ADD COLUMN valid_from          date,
    ADD COLUMN valid_to            date;
