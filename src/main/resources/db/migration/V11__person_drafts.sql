-- What was typed on a person's page and not saved yet (a 1:1 note half written, a changed detail, a promise
-- not yet added), field by field, so that a crash or a power cut does not lose it: the page shows it again as
-- unsaved. It stays on this computer (sync carries no draft: no change trigger here) and goes with its person.
CREATE TABLE person_draft (
    person_id  BIGINT NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    field_key  VARCHAR(40) NOT NULL,
    typed      CLOB NOT NULL,
    PRIMARY KEY (person_id, field_key)
);
