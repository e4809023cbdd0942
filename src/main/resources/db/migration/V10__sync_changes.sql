-- Sync (docs/sync.md, "Capturing local changes"): what was written to the synced tables since the last
-- round, so a round reads only that, not the whole journal. A trigger on every table that holds synced
-- values adds a row per written row (only while sync is set up: app.microlead.sync.ChangeTrigger checks
-- sync_meta 'changes'); the round reads the rows, works out which values they touch and removes them in
-- its own transaction. `what` is the part of the synced keys a row touches: 'e/2026-12-03/' (a day),
-- 'c#<habit id>/2026-12-03' (a check-in, its habit by local id), 'h/' (the habits), 'hk/<habit key>' (a
-- habit deleted: its check-ins go with it, and the habit's key with them, so the trigger on habit runs
-- before the delete, while the key is still there).
CREATE TABLE sync_change (
    id    BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    what  VARCHAR(200) NOT NULL
);

CREATE TRIGGER sync_change_entry AFTER INSERT, UPDATE, DELETE ON entry FOR EACH ROW CALL 'app.microlead.sync.ChangeTrigger';
CREATE TRIGGER sync_change_entry_tag AFTER INSERT, UPDATE, DELETE ON entry_tag FOR EACH ROW CALL 'app.microlead.sync.ChangeTrigger';
CREATE TRIGGER sync_change_prompt_answer AFTER INSERT, UPDATE, DELETE ON prompt_answer FOR EACH ROW CALL 'app.microlead.sync.ChangeTrigger';
CREATE TRIGGER sync_change_day_prompt AFTER INSERT, UPDATE, DELETE ON day_prompt FOR EACH ROW CALL 'app.microlead.sync.ChangeTrigger';
CREATE TRIGGER sync_change_custom_prompt AFTER INSERT, UPDATE, DELETE ON custom_prompt FOR EACH ROW CALL 'app.microlead.sync.ChangeTrigger';
CREATE TRIGGER sync_change_disabled_prompt AFTER INSERT, UPDATE, DELETE ON disabled_prompt FOR EACH ROW CALL 'app.microlead.sync.ChangeTrigger';
CREATE TRIGGER sync_change_habit BEFORE INSERT, UPDATE, DELETE ON habit FOR EACH ROW CALL 'app.microlead.sync.ChangeTrigger';
CREATE TRIGGER sync_change_check_in AFTER INSERT, UPDATE, DELETE ON check_in FOR EACH ROW CALL 'app.microlead.sync.ChangeTrigger';
CREATE TRIGGER sync_change_check_in_person AFTER INSERT, UPDATE, DELETE ON check_in_person FOR EACH ROW CALL 'app.microlead.sync.ChangeTrigger';
CREATE TRIGGER sync_change_assessment_session AFTER INSERT, UPDATE, DELETE ON assessment_session FOR EACH ROW CALL 'app.microlead.sync.ChangeTrigger';
CREATE TRIGGER sync_change_assessment_answer AFTER INSERT, UPDATE, DELETE ON assessment_answer FOR EACH ROW CALL 'app.microlead.sync.ChangeTrigger';
CREATE TRIGGER sync_change_weekly_review AFTER INSERT, UPDATE, DELETE ON weekly_review FOR EACH ROW CALL 'app.microlead.sync.ChangeTrigger';
CREATE TRIGGER sync_change_person AFTER INSERT, UPDATE, DELETE ON person FOR EACH ROW CALL 'app.microlead.sync.ChangeTrigger';
CREATE TRIGGER sync_change_person_alias AFTER INSERT, UPDATE, DELETE ON person_alias FOR EACH ROW CALL 'app.microlead.sync.ChangeTrigger';
CREATE TRIGGER sync_change_one_on_one AFTER INSERT, UPDATE, DELETE ON one_on_one FOR EACH ROW CALL 'app.microlead.sync.ChangeTrigger';
CREATE TRIGGER sync_change_promise AFTER INSERT, UPDATE, DELETE ON promise FOR EACH ROW CALL 'app.microlead.sync.ChangeTrigger';
CREATE TRIGGER sync_change_app_meta AFTER INSERT, UPDATE, DELETE ON app_meta FOR EACH ROW CALL 'app.microlead.sync.ChangeTrigger';
