-- The language a prompt's reason was written in ("de", "en"): a reason is a sentence of the app's, so a day
-- opened after the language changed does not show it in the old one. '' for reasons kept before this.
ALTER TABLE day_prompt ADD COLUMN reason_language VARCHAR(12) NOT NULL DEFAULT '';
