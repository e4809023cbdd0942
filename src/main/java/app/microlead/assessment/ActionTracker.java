package app.microlead.assessment;

import static app.microlead.common.I18n.t;

import app.microlead.common.Pillar;
import app.microlead.habits.Catalogue;
import app.microlead.habits.Habit;
import app.microlead.habits.HabitRepository;
import app.microlead.habits.Schedule;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Turns a suggested action into a tracked habit with the user's if–then plan: the catalogue habit it
 * names (updated with the plan if already tracked, restored if archived), or a daily habit of its own.
 */
final class ActionTracker {

    private final HabitRepository habits;
    private final Catalogue catalogue;

    ActionTracker(HabitRepository habits, Catalogue catalogue) {
        this.habits = habits;
        this.catalogue = catalogue;
    }

    /** The name of the habit of its own an action without a catalogue habit becomes. */
    private static String ownName(QuestionBank.Action a) {
        return a.text().length() > 80 ? a.text().substring(0, 79) + "…" : a.text();
    }

    /** Whether tracking the action makes (or made) this habit: the catalogue habit it names, or one of its own. */
    static boolean madeFrom(QuestionBank.Action a, Habit h) {
        return a.habitId() != null ? a.habitId().equals(h.catalogueId())
                : h.catalogueId() == null && h.name().equals(ownName(a));
    }

    Habit track(QuestionBank.Action a, String plan, LocalDate today) {
        String ownName = ownName(a);
        // the habit this action became before (tracking it again updates the plan, never adds a second one)
        Optional<Habit> existing = habits.habits(true).stream().filter(h -> madeFrom(a, h)).findFirst();
        if (existing.isPresent()) {
            Habit h = existing.get();
            Habit updated = new Habit(h.id(), h.catalogueId(), h.name(), h.description(), h.pillar(), h.schedule(),
                    h.sortOrder(), false, h.startDate(), plan);
            habits.update(updated);
            return updated;
        }
        Optional<Catalogue.MicroAction> fromCatalogue = a.habitId() == null ? Optional.empty() : catalogue.byId(a.habitId());
        if (fromCatalogue.isPresent()) {
            Catalogue.MicroAction m = fromCatalogue.get();
            return habits.add(new Habit(0, m.id(), m.name(), m.why(), m.pillar(), m.schedule(), 0, false, today, plan));
        }
        Pillar pillar = switch (a.scale()) {
            case "trust" -> Pillar.TRUST;
            case "empowerment" -> Pillar.EMPOWERMENT;
            case "professionalism" -> Pillar.PROFESSIONALISM;
            default -> Pillar.TRUST; // stepping back from control is a matter of trust
        };
        return habits.add(new Habit(0, null, ownName, t("assessment.plan.habit.description"), pillar, Schedule.daily(), 0, false,
                today, plan));
    }
}
