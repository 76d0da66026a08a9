-- Onboarding drafts (issue 15, point 1; decision 0028): what a person has answered so far, as
-- JSON, one draft per account, stored in the database rather than as a Java object in the page
-- session, so that it survives a restart and a deploy and any instance continues it. The draft is
-- deleted when the plan is made; one not touched for a day is started afresh (the safety screen
-- is asked again).
CREATE TABLE onboarding_draft (
    account_id BIGINT         NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    answers    VARCHAR(20000) NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT onboarding_draft_pk PRIMARY KEY (account_id)
);

CREATE INDEX onboarding_draft_updated_ix ON onboarding_draft (updated_at);
