-- Foundation: facts about this journal itself (schema notes, first run, ...).
CREATE TABLE app_meta (
    meta_key   VARCHAR(100) PRIMARY KEY,
    meta_value VARCHAR(4000) NOT NULL
);
INSERT INTO app_meta (meta_key, meta_value) VALUES ('created_at', CAST(CURRENT_TIMESTAMP AS VARCHAR));
