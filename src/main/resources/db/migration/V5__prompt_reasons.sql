-- Why a prompt was chosen for a day ("because Trust is your focus this month"), kept with the choice.
ALTER TABLE day_prompt ADD COLUMN reason VARCHAR(300) NOT NULL DEFAULT '';
