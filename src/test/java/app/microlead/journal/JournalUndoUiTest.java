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
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A leader deletes a day in the Journal, takes it back with Undo, and finds it as it was after a restart. */
class JournalUndoUiTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-10T19:30:00Z"), ZoneOffset.UTC);
    private static final LocalDate MAR_9 = LocalDate.parse("2026-03-09");
    private static final LocalDate MAR_8 = LocalDate.parse("2026-03-08");
    private static final LocalDate MAR_10 = LocalDate.parse("2026-03-10");

    @TempDir
    Path dataDir;

    @Test
    void aDeletedDayComesBackWithUndoExactlyAsItWas() throws Exception {
        Entry day = new Entry(MAR_9, "Asked Lena first before deciding.", 4, 2, List.of("decisions", "team"),
                List.of(new Entry.PromptAnswer("trust-01", "Whom did you greet by name today?", "Lena")), null, null);
        try (Database db = Database.open(DataFolder.open(dataDir))) {
            JdbcJournalRepository repo = new JdbcJournalRepository(db, CLOCK);
            repo.save(day);
            repo.save(new Entry(MAR_10, "A quiet day.", 3, 3, List.of(), List.of(), null, null));
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
            app.waitUntilSettled();
            Button open = app.byId("journal-open");
            double openAt = open.localToScene(0, 0).getY();
            app.clickOn("journal-delete");
            app.waitUntil(() -> app.robot().lookup("#dialog-confirm-ok").tryQuery().isPresent(), 10);
            app.robot().clickOn((Node) app.robot().lookup("#dialog-confirm-ok").query());
            app.waitUntil(() -> list.getItems().size() == 1, 10);
            assertThat(list.getItems()).extracting(EntrySummary::date).containsExactly(MAR_10);

            app.waitUntil(() -> app.byId("journal-undo").isVisible(), 10);
            app.waitUntilSettled();
            assertThat(list.getSelectionModel().getSelectedItem()).as("the test can fail: the last line went").isNull();
            assertThat(open.isDisabled()).as("the deleted day is no longer there to open").isTrue();
            assertThat(app.<Button>byId("journal-delete").isDisabled()).isTrue();
            assertThat(open.localToScene(0, 0).getY()).as("Undo moves no button: it takes the count's place")
                    .isEqualTo(openAt);
            app.robot().press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
            app.waitUntil(() -> list.getItems().size() == 2, 10);
            assertThat(list.getItems()).extracting(EntrySummary::date).containsExactly(MAR_10, MAR_9);
            app.waitUntil(() -> !open.isDisabled(), 10);
            app.waitUntil(() -> list.getSelectionModel().getSelectedItem() != null, 10);
            assertThat(list.getSelectionModel().getSelectedItem().date()).as("chosen again, in the list").isEqualTo(MAR_9);
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
