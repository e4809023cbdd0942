package app.microlead.habits;

import static app.microlead.common.I18n.t;

import app.microlead.common.TaskRunner;
import java.time.LocalDate;
import java.util.List;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.IntegerBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** First run: pick the micro-actions to track (three to five suggested), or skip. */
public final class OnboardingViewModel {

    public static final String FLAG = "onboarding-done";

    /** A catalogue entry with its tick. */
    public static final class Choice {
        private final Catalogue.MicroAction action;
        private final BooleanProperty chosen = new SimpleBooleanProperty();

        Choice(Catalogue.MicroAction action, boolean chosen) {
            this.action = action;
            this.chosen.set(chosen);
        }

        public Catalogue.MicroAction action() {
            return action;
        }

        public BooleanProperty chosenProperty() {
            return chosen;
        }
    }

    private final HabitRepository repo;
    private final TaskRunner tasks;
    private final LocalDate today;
    private final ObservableList<Choice> choices = FXCollections.observableArrayList(
            c -> new Observable[] {c.chosenProperty()});
    private final IntegerBinding count;
    private final StringProperty hint = new SimpleStringProperty();

    public OnboardingViewModel(Catalogue catalogue, HabitRepository repo, TaskRunner tasks, LocalDate today) {
        this.repo = repo;
        this.tasks = tasks;
        this.today = today;
        List<Catalogue.MicroAction> suggested = catalogue.suggestions();
        catalogue.actions().forEach(a -> choices.add(new Choice(a, suggested.contains(a))));
        count = Bindings.createIntegerBinding(() -> (int) choices.stream().filter(c -> c.chosenProperty().get()).count(),
                choices);
        hint.bind(Bindings.createStringBinding(() -> {
            int n = count.get();
            if (n == 0) {
                return t("habits.onboarding.hint.none");
            }
            if (n > 5) {
                return t("habits.onboarding.hint.many", n);
            }
            return t("habits.onboarding.hint.ok", n);
        }, count));
    }

    public ObservableList<Choice> choices() {
        return choices;
    }

    public IntegerBinding countProperty() {
        return count;
    }

    public StringProperty hintProperty() {
        return hint;
    }

    /** Whether the first-run choice should be offered: nothing tracked yet and never answered. */
    public static boolean needed(HabitRepository repo, boolean journalEmpty) {
        return journalEmpty && !repo.flag(FLAG) && repo.habits(true).isEmpty();
    }

    /** Tracks the chosen actions (in catalogue order) and remembers that onboarding is done. */
    public void start(Runnable done) {
        List<Catalogue.MicroAction> picked = choices.stream().filter(c -> c.chosenProperty().get())
                .map(Choice::action).toList();
        tasks.write(() -> {
            for (Catalogue.MicroAction a : picked) {
                repo.add(new Habit(0, a.id(), a.name(), a.why(), a.pillar(), a.schedule(), 0, false, today, ""));
            }
            repo.setFlag(FLAG);
            return null;
        }, ok -> done.run(), e -> hint.unbind());
    }

    /** Remembers that the user chose not to pick anything now. */
    public void skip(Runnable done) {
        tasks.write(() -> {
            repo.setFlag(FLAG);
            return null;
        }, ok -> done.run(), e -> done.run());
    }
}
