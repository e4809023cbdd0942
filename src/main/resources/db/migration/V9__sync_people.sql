-- Sync (docs/sync.md): the stable keys of people, 1:1s and promises across computers (local ids differ
-- from computer to computer). A key goes with its row; a row put back by undo gets the same key again,
-- since keys are made from what the row holds.
CREATE TABLE sync_person_key (
    person_id  BIGINT PRIMARY KEY REFERENCES person (id) ON DELETE CASCADE,
    skey       VARCHAR(200) NOT NULL UNIQUE
);

CREATE TABLE sync_meeting_key (
    meeting_id  BIGINT PRIMARY KEY REFERENCES one_on_one (id) ON DELETE CASCADE,
    skey        VARCHAR(200) NOT NULL UNIQUE
);

CREATE TABLE sync_promise_key (
    promise_id  BIGINT PRIMARY KEY REFERENCES promise (id) ON DELETE CASCADE,
    skey        VARCHAR(200) NOT NULL UNIQUE
);
