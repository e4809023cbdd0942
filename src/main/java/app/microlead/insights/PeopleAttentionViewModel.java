package app.microlead.insights;

import app.microlead.common.TaskRunner;
import app.microlead.people.PeopleService;
import java.time.Clock;
import java.time.LocalDate;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** The "Who got your attention" card: counted in the background for the Insights range chosen. */
public final class PeopleAttentionViewModel {

    private final PeopleService people;
    private final TaskRunner tasks;
    private final Clock clock;
    private final ReadOnlyObjectProperty<PillarTrend.Range> range;
    private final ObjectProperty<PeopleAttention> attention = new SimpleObjectProperty<>();
    private final StringProperty message = new SimpleStringProperty("");

    /** @param range the Insights range; the card counts again when it changes */
    public PeopleAttentionViewModel(PeopleService people, TaskRunner tasks, Clock clock,
                                    ReadOnlyObjectProperty<PillarTrend.Range> range) {
        this.people = people;
        this.tasks = tasks;
        this.clock = clock;
        this.range = range;
        range.addListener((o, a, r) -> load());
    }

    public ObjectProperty<PeopleAttention> attentionProperty() {
        return attention;
    }

    public StringProperty messageProperty() {
        return message;
    }

    /** Reads the journal (off the FX thread) and counts. */
    public void load() {
        LocalDate today = LocalDate.now(clock);
        PillarTrend.Range r = range.get();
        tasks.read(() -> {
            LocalDate from = PeopleAttention.start(r, today);
            return PeopleAttention.compute(people.period(from, today), people.repository().allPromises(), from,
                    today, today);
        }, a -> {
            if (r == range.get()) { // a later range's count is on its way
                attention.set(a);
                message.set("");
            }
        }, e -> message.set(e.getMessage()));
    }
}
