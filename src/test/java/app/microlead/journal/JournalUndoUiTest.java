package app.microlead.journal;

import static org.assertj.core.api.Assertions.assertThat;

import app.microlead.AppDriver;
import app.microlead.storage.DataFolder;
import app.microlead.storage.Database;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A leader deletes a day in the Journal, takes it back with Undo, and finds it as it was after a restart. */
class JournalUndoUiTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-10T19:30:00Z"), ZoneOffset.UTC);
    private static final LocalDate MAR_9 = LocalDate.parse("2026-03-09");
    private static final LocalDate MAR_8 = LocalDate.parse("2026-03-08");

    @TempDir
    Path dataDir;

    @Test
    void aDeletedDayComesBackWithUndoExactlyAsItWas() throws Exception {
        Entry day = new Entry(MAR_9, "Asked Lena first before deciding.", 4, 2, List.of("decisions", "team"),
                List.of(new Entry.PromptAnswer("trust-01", "Whom did you greet by name today?", "Lena")), null, null);
        try (Database db = Database.open(DataFolder.open(dataDir))) {
            JdbcJournalRepository repo = new JdbcJournalRepository(db, CLOCK);
            repo.save(day);
            repo.save(new Entry(MAR_8, "A quiet day.", 3, 3, List.of(), List.of(), null, null));
        }
        Entry before;
        try (Database db = Database.open(DataFolder.open(dataDir))) {
            before = new JdbcJournalRepository(db, CLOCK).find(MAR_9).orElseThrow();
        }

        try (AppDriver app = AppDriver.start(dataDir, CLOCK)) {
            app.clickOn("nav-journal");
            ListView<EntrySummary> list = app.byId("journal-list");
            app.waitUntil(() -> list.getItems().size() == 2, 10);
            app.robot().interact(() -> list.getSelectionModel().select(
                    list.getItems().stream().filter(s -> s.date().equals(MAR_9)).findFirst().orElseThrow()));
            app.clickOn("journal-delete");
            app.waitUntil(() -> app.robot().lookup("#dialog-confirm-ok").tryQuery().isPresent(), 10);
            app.robot().clickOn((Node) app.robot().lookup("#dialog-confirm-ok").query());
            app.waitUntil(() -> list.getItems().size() == 1, 10);
            assertThat(list.getItems()).extracting(EntrySummary::date).containsExactly(MAR_8);

            app.waitUntil(() -> app.byId("journal-undo").isVisible(), 10);
            app.clickOn("journal-undo");
            app.waitUntil(() -> list.getItems().size() == 2, 10);
            assertThat(list.getItems()).extracting(EntrySummary::date).containsExactly(MAR_9, MAR_8);
            app.waitUntilSettled();
        }

        try (Database db = Database.open(DataFolder.open(dataDir))) {
            Optional<Entry> after = new JdbcJournalRepository(db, CLOCK).find(MAR_9);
            assertThat(after).contains(before);
        }
    }

    /** A list's lines are kept and filled again: a line that showed a day with a mood shows the next without. */
    @Test
    void aListLineShowsTheMoodOfTheDayItNowShowsAndNoOther() throws Exception {
        try (Database db = Database.open(DataFolder.open(dataDir))) {
            JdbcJournalRepository repo = new JdbcJournalRepository(db, CLOCK);
            repo.save(new Entry(MAR_9, "Asked Lena first before deciding.", 4, 2, List.of(), List.of(), null, null));
            repo.save(new Entry(MAR_8, "A quiet day.", null, null, List.of(), List.of(), null, null));
        }
        try (AppDriver app = AppDriver.start(dataDir, CLOCK)) {
            app.clickOn("nav-journal");
            ListView<EntrySummary> list = app.byId("journal-list");
            app.waitUntil(() -> list.getItems().size() == 2, 10);
            app.waitUntil(() -> firstLineDot(list) != null && firstLineDot(list).getStyleClass().contains("mood-4"), 10);
            Label dot = firstLineDot(list);
            app.robot().interact(() -> list.getSelectionModel().select(0));
            app.clickOn("journal-delete");
            app.waitUntil(() -> app.robot().lookup("#dialog-confirm-ok").tryQuery().isPresent(), 10);
            app.robot().clickOn((Node) app.robot().lookup("#dialog-confirm-ok").query());
            app.waitUntil(() -> list.getItems().size() == 1, 10);
            app.waitUntil(() -> firstLineDot(list) != null && firstLineDot(list).getText().isEmpty(), 10);
            assertThat(firstLineDot(list)).as("the first line keeps its nodes").isSameAs(dot);
            assertThat(dot.getStyleClass()).contains("mood-dot", "mood-none").doesNotContain("mood-4");
            assertThat(dot.getAccessibleText()).isNull();
            app.waitUntilSettled();
        }
    }

    /** The mood dot of the list's first line (the line at index 0), or null while it shows nothing. */
    private static Label firstLineDot(ListView<?> list) {
        for (Node cell : list.lookupAll(".list-cell")) {
            if (cell instanceof ListCell<?> c && c.getIndex() == 0 && !c.isEmpty() && c.getGraphic() != null) {
                return (Label) c.getGraphic().lookup(".mood-dot");
            }
        }
        return null;
    }
}
