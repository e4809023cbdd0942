-- Weekly reviews: one per week, keyed by the week's last day (the user's review day). The commitment is
-- the focus of the following week; next_action is the name of the micro-action chosen for it.
CREATE TABLE weekly_review (
    week_end     DATE PRIMARY KEY,
    went_well    VARCHAR(4000) NOT NULL DEFAULT '',
    differently  VARCHAR(4000) NOT NULL DEFAULT '',
    next_action  VARCHAR(200) NOT NULL DEFAULT '',
    commitment   VARCHAR(1000) NOT NULL DEFAULT '',
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
