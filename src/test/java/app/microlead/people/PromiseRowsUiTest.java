package app.microlead.people;

import static org.assertj.core.api.Assertions.assertThat;

import app.microlead.AppDriver;
import app.microlead.ClippedText;
import app.microlead.common.I18n;
import app.microlead.storage.DataFolder;
import app.microlead.storage.Database;
import app.microlead.ui.FxCells;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A person's promises have the roomy rows of the app's other lists, and a long promise wraps whole within its row:
 * German, large text, a narrow window (where the page alone takes the window's width).
 */
class PromiseRowsUiTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-04T19:30:00Z"), ZoneOffset.UTC);
    private static final String LONG = "Bis zur Teamklausur gemeinsam mit der Geschäftsführung die Budgetfreigabe für"
            + " die Weiterbildung im Bereich Datenanalyse klären und das Ergebnis ausführlich besprechen";

    @TempDir
    Path dataDir;

    @AfterEach
    void english() {
        I18n.setLocale(Locale.ENGLISH);
        Locale.setDefault(Locale.US);
    }

    @Test
    void longGermanPromisesWrapWholeInRoomyRowsWithLargeText() throws Exception {
        Files.createDirectories(dataDir);
        Files.writeString(dataDir.resolve("preferences.json"),
                "{\"reminder\": false, \"language\": \"de\", \"fontSize\": \"large\"}");
        try (Database db = Database.open(DataFolder.open(dataDir))) {
            JdbcPeopleRepository repo = new JdbcPeopleRepository(db);
            Person ana = repo.add(Person.named("Ana Lima", LocalDate.of(2026, 1, 5)));
            repo.savePromise(Promise.open(ana.id(), LONG, LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 20)));
            repo.savePromise(Promise.open(ana.id(), "Kurz: Feedback geben", LocalDate.of(2026, 12, 2), LocalDate.of(2026, 12, 10)));
            repo.savePromise(Promise.open(ana.id(), LONG + " (zweiter Teil)", LocalDate.of(2026, 12, 3), null));
        }
        try (AppDriver app = AppDriver.start(dataDir, CLOCK)) {
            app.resize(760, 800); // the page alone in the window, and narrow
            app.clickOn("nav-people");
            ListView<PeopleViewModel.Row> people = app.byId("people-list");
            app.waitUntil(() -> people.getItems().size() == 1, 10);
            app.clickOn("people-list");
            app.robot().interact(() -> people.getSelectionModel().select(0));
            app.robot().type(KeyCode.ENTER);
            ListView<Promise> promises = app.byId("promise-list");
            app.waitUntil(() -> promises.getItems().size() == 3, 10);
            app.scrollIntoView("promise-list");
            app.waitUntilSettled();

            assertThat(promises.getStyleClass()).contains(FxCells.ROOMY);
            List<ListCell<?>> rows = app.robot().lookup(".list-cell").match(n -> n instanceof ListCell<?> c
                    && c.getListView() == promises && !c.isEmpty() && c.isVisible()).queryAll().stream()
                    .<ListCell<?>>map(c -> (ListCell<?>) c).toList();
            assertThat(rows).as("promise rows drawn").isNotEmpty();
            for (ListCell<?> row : rows) {
                // room above and below the lines, as the roomy lists have (the theme's rows have none)
                assertThat(row.getPadding().getTop()).as("room above a promise's lines").isGreaterThan(3);
            }
            // the long promise takes more than one line, and every line of it is shown
            assertThat(rows.stream().mapToDouble(ListCell::getHeight).max().orElse(0))
                    .isGreaterThan(rows.stream().mapToDouble(ListCell::getHeight).min().orElse(0) * 1.5);
            List<String> cut = ClippedText.inShowingWindows("people").stream()
                    .filter(s -> s.contains("promise-list")).toList();
            assertThat(cut).as("promises cut off or running into the next").isEmpty();
        }
    }
}
