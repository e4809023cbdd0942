package app.microlead.habits;

import static app.microlead.common.I18n.t;

import app.microlead.common.Pillar;
import java.time.LocalDate;

/**
 * A micro-action the user tracks: from the built-in catalogue ({@code catalogueId}) or their own.
 *
 * @param pillar    the pillar it strengthens, or null for none
 * @param startDate the first day it counts (the day it was added)
 */
public record Habit(long id, String catalogueId, String name, String description, Pillar pillar, Schedule schedule,
                    int sortOrder, boolean archived, LocalDate startDate, String ifThenPlan) {

    public Habit {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException(t("habits.error.no.name"));
        }
        name = name.strip();
        description = description == null ? "" : description.strip();
        ifThenPlan = ifThenPlan == null ? "" : ifThenPlan.strip();
    }

    public Habit withId(long newId) {
        return new Habit(newId, catalogueId, name, description, pillar, schedule, sortOrder, archived, startDate, ifThenPlan);
    }

    public Habit withArchived(boolean a) {
        return new Habit(id, catalogueId, name, description, pillar, schedule, sortOrder, a, startDate, ifThenPlan);
    }

    public Habit withSortOrder(int order) {
        return new Habit(id, catalogueId, name, description, pillar, schedule, order, archived, startDate, ifThenPlan);
    }
}
