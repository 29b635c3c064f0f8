-- Files attached to a plan (issue 19, point 9): the signed original and annexes. The description here, the bytes in
-- attachment_content (vn.cascade.common.attachment.DatabaseAttachmentStore, the default store); the same tables in
-- each service, each for its own documents.
CREATE TABLE attachment (
    id           uuid PRIMARY KEY,
    document_id  uuid         NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
    kind         varchar(20)  NOT NULL CHECK (kind IN ('SIGNED_ORIGINAL', 'ANNEX')),
    file_name    varchar(255) NOT NULL,
    media_type   varchar(100) NOT NULL,
    size_bytes   bigint       NOT NULL CHECK (size_bytes > 0),
    sha256       char(64)     NOT NULL,
    storage      varchar(20)  NOT NULL,
    uploaded_by  varchar(255) NOT NULL,
    uploaded_at  timestamptz  NOT NULL
);
CREATE INDEX attachment_document ON attachment (document_id, uploaded_at);
-- One signed original per document, also between two concurrent uploads.
CREATE UNIQUE INDEX attachment_one_signed_original ON attachment (document_id) WHERE kind = 'SIGNED_ORIGINAL';

CREATE TABLE attachment_content (
    attachment_id uuid  PRIMARY KEY REFERENCES attachment (id) ON DELETE CASCADE,
    content       bytea NOT NULL
);
-- PDF, .docx, PNG and JPEG are compressed already: TOAST keeps them out of line without trying again.
ALTER TABLE attachment_content ALTER COLUMN content SET STORAGE EXTERNAL;
