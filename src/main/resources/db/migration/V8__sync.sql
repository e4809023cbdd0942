-- Sync through a folder (docs/sync.md). This device's identity, clock and settings.
CREATE TABLE sync_meta (
    meta_key    VARCHAR(100) PRIMARY KEY,
    meta_value  VARCHAR(4000) NOT NULL
);

-- What this device last knew of every synced value (a field of a record): the hash of its value as the
-- journal holds it, and its versions (normally one; two or more when a day's text was edited on two
-- computers). A value the journal no longer holds has a version with no value: a tombstone.
CREATE TABLE sync_record (
    rkey      VARCHAR(700) PRIMARY KEY,
    hash      VARCHAR(64) NOT NULL,
    versions  CHARACTER LARGE OBJECT NOT NULL
);

-- The stable key of each habit across devices (local ids differ from computer to computer).
CREATE TABLE sync_habit_key (
    habit_id  BIGINT PRIMARY KEY REFERENCES habit (id) ON DELETE CASCADE,
    skey      VARCHAR(200) NOT NULL UNIQUE
);

-- The files of the folder already merged, by device, kind and sequence number.
CREATE TABLE sync_applied (
    device  VARCHAR(40) NOT NULL,
    kind    VARCHAR(10) NOT NULL,
    seq     BIGINT NOT NULL,
    PRIMARY KEY (device, kind, seq)
);

-- Changes of this device committed here but not yet written to the folder (a full or read-only folder, or a
-- crash in between): written at the next round, then removed. The payload is the file's plaintext.
CREATE TABLE sync_outbox (
    seq      BIGINT PRIMARY KEY,
    kind     VARCHAR(10) NOT NULL,
    payload  BINARY LARGE OBJECT NOT NULL
);
