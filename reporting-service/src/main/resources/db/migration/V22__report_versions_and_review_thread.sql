-- Issue 19: a report's versions (each submission and each review, the content as it then stood) and its review as
-- a thread of comments with author, time and the version reviewed, instead of one overwritten review_comment.
CREATE TABLE report_version (
    report_id    uuid         NOT NULL REFERENCES report (id),
    version      bigint       NOT NULL,   -- the report's version after the change
    submission   integer      NOT NULL,   -- 1 for the first submission, 2 after a return …
    status       varchar(20)  NOT NULL,
    content      jsonb        NOT NULL,   -- indicators, task progress and narrative, as announced
    changed_at   timestamptz  NOT NULL,
    changed_by   varchar(200) NOT NULL,
    PRIMARY KEY (report_id, version)
);

CREATE TABLE report_review_comment (
    id              uuid         PRIMARY KEY,
    report_id       uuid         NOT NULL REFERENCES report (id),
    report_version  bigint       NOT NULL,   -- the version the review left (the reviewed content is the one before)
    submission      integer      NOT NULL,
    outcome         varchar(20)  NOT NULL,   -- ACCEPTED or RETURNED
    comment         text,
    author          varchar(200) NOT NULL,
    written_at      timestamptz  NOT NULL
);
CREATE INDEX report_review_comment_report ON report_review_comment (report_id, written_at);

-- The last review of each report reviewed so far is the first comment of its thread.
INSERT INTO report_review_comment (id, report_id, report_version, submission, outcome, comment, author, written_at)
SELECT gen_random_uuid(), id, version, submission_count, status, review_comment, reviewed_by, reviewed_at
FROM report WHERE reviewed_at IS NOT NULL AND reviewed_by IS NOT NULL AND status IN ('ACCEPTED', 'RETURNED');
