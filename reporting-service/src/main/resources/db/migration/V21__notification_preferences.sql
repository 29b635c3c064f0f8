-- Each user's notification preferences (issue 14): the inbox on or off, mail on or off to the user's own address,
-- immediate or a daily digest. The audience (organisation and roles) is the user's as its token said when it last
-- saved or read them: mail follows the notifications addressed to that audience.
CREATE TABLE notification_preference (
    username           varchar(200) PRIMARY KEY,
    organization_code  varchar(100) NOT NULL,
    roles              varchar(100) NOT NULL,   -- audience roles, comma-separated: REPORTER,REVIEWER,ISSUER
    inbox              boolean      NOT NULL,
    mail               boolean      NOT NULL,
    email              varchar(254),
    language           varchar(5)   NOT NULL,
    delivery           varchar(20)  NOT NULL,   -- IMMEDIATE or DAILY_DIGEST
    version            bigint       NOT NULL,
    updated_at         timestamptz  NOT NULL
);
CREATE INDEX notification_preference_mail ON notification_preference (organization_code) WHERE mail;

-- Retention: the purge finds old notifications by age.
CREATE INDEX notification_created ON notification (created_at);
