package app.microlead.today;

import static org.assertj.core.api.Assertions.assertThat;

import app.microlead.AppDriver;
import app.microlead.habits.Catalogue;
import app.microlead.habits.JdbcHabitRepository;
import app.microlead.storage.DataFolder;
import app.microlead.storage.Database;
import app.microlead.tools.DemoHabits;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Node;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Today's page is made a part a frame at start-up (so that no frame waits long): when the app says it is
 * ready, every part is there, top to bottom in the order a user reads the day.
 */
class TodayPageUiTest {

    @TempDir
    Path dataDir;

    private final Clock clock = Clock.fixed(Instant.parse("2026-03-10T19:30:00Z"), ZoneId.of("UTC"));

    @Test
    void whenTheAppIsReadyTheWholeDayIsThereTopToBottom() throws Exception {
        try (Database db = Database.open(DataFolder.open(dataDir))) {
            // micro-actions chosen before: no first-run dialog, so nothing delays the check after "ready"
            List<String> ids = Catalogue.load().actions().stream().map(Catalogue.MicroAction::id).limit(3).toList();
            DemoHabits.write(new JdbcHabitRepository(db), LocalDate.parse("2026-03-10"), 3, 1, ids);
        }
        List<String> parts = List.of("today-date-title", "today-habits", "mood-1", "energy-1", "prompt-answer-0",
                "today-text", "today-word-count");
        // and two that may be hidden on this day: the week's card above, the unknown @Names under the writing
        List<String> all = new ArrayList<>(parts);
        all.addAll(List.of("today-week-card", "mention-unknown"));
        try (AppDriver app = AppDriver.start(dataDir, clock)) {
            AtomicReference<List<String>> missing = new AtomicReference<>();
            // at once, in the same frame as "ready": a part still to come is missing here
            app.robot().interact(() -> missing.set(all.stream().filter(id -> !app.exists(id)).toList()));
            assertThat(missing.get()).isEmpty();

            app.waitUntilSettled();
            AtomicReference<List<Double>> tops = new AtomicReference<>();
            app.robot().interact(() -> tops.set(parts.stream()
                    .map(id -> app.<Node>byId(id)).map(n -> n.localToScene(n.getBoundsInLocal()).getMinY()).toList()));
            for (int i = 1; i < parts.size(); i++) {
                assertThat(tops.get().get(i)).as(parts.get(i) + " under " + parts.get(i - 1))
                        .isGreaterThan(tops.get().get(i - 1));
            }
        }
    }
}
