-- Journal: one reflection per calendar day (a day with nothing in it has no row).
CREATE TABLE entry (
    entry_date  DATE PRIMARY KEY,
    body        CHARACTER LARGE OBJECT NOT NULL,
    mood        TINYINT NULL CHECK (mood BETWEEN 1 AND 5),
    energy      TINYINT NULL CHECK (energy BETWEEN 1 AND 5),
    word_count  INT NOT NULL DEFAULT 0,
    preview     VARCHAR(300) NOT NULL DEFAULT '',
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE entry_tag (
    entry_date  DATE NOT NULL REFERENCES entry (entry_date) ON DELETE CASCADE,
    tag         VARCHAR(100) NOT NULL,
    PRIMARY KEY (entry_date, tag)
);
CREATE INDEX entry_tag_by_tag ON entry_tag (tag);

CREATE TABLE prompt_answer (
    entry_date  DATE NOT NULL REFERENCES entry (entry_date) ON DELETE CASCADE,
    position    INT NOT NULL,
    prompt_id   VARCHAR(100) NOT NULL,
    prompt_text VARCHAR(2000) NOT NULL,
    answer      CHARACTER LARGE OBJECT NOT NULL,
    PRIMARY KEY (entry_date, prompt_id)
);

-- The prompts shown on a day, so the day's choice stays the same and does not repeat soon.
CREATE TABLE day_prompt (
    shown_date  DATE NOT NULL,
    position    INT NOT NULL,
    prompt_id   VARCHAR(100) NOT NULL,
    PRIMARY KEY (shown_date, position)
);

-- Prompts the user wrote, and built-in prompts the user turned off.
CREATE TABLE custom_prompt (
    prompt_id   VARCHAR(100) PRIMARY KEY,
    pillar      VARCHAR(20) NULL,
    prompt_text VARCHAR(2000) NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE TABLE disabled_prompt (
    prompt_id   VARCHAR(100) PRIMARY KEY
);
