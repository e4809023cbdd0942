package app.microlead.people;

import static org.assertj.core.api.Assertions.assertThat;

import app.microlead.AppDriver;
import app.microlead.habits.Catalogue;
import app.microlead.habits.Habit;
import app.microlead.habits.JdbcHabitRepository;
import app.microlead.habits.OnboardingViewModel;
import app.microlead.journal.JournalSearch;
import app.microlead.storage.DataFolder;
import app.microlead.storage.Database;
import app.microlead.ui.FxGrowingList;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 19's walk through: two people added, one mentioned in today's reflection with @ completion,
 * the other named in a check-in and given a 1:1 with a promise; after a restart ten days later both
 * timelines hold it, the overdue promise is on Today and the neglected person gets the nudge.
 */
class PeopleEverywhereUiTest {

    private static final LocalDate FIRST = LocalDate.parse("2026-03-10");

    @TempDir
    Path dataDir;

    private static Clock at(String instant) {
        return Clock.fixed(Instant.parse(instant), ZoneId.of("UTC"));
    }

    @Test
    void mentionCheckInOneOnOnePromiseThenRestartShowsTimelinesPromiseAndNudge() throws Exception {
        try (Database db = Database.open(DataFolder.open(dataDir))) {
            JdbcHabitRepository habits = new JdbcHabitRepository(db);
            Catalogue.MicroAction a = Catalogue.load().byId("greet-by-name").orElseThrow();
            habits.add(new Habit(0, a.id(), a.name(), a.why(), a.pillar(), a.schedule(), 0, false,
                    FIRST.minusDays(9), ""));
            habits.setFlag(OnboardingViewModel.FLAG);
        }
        try (AppDriver app = AppDriver.start(dataDir, at("2026-03-10T19:30:00Z"))) {
            app.clickOn("nav-people");
            app.waitUntil(() -> app.exists("people-new-name"), 10);
            app.clickOn("people-new-name");
            app.robot().write("Ana").type(KeyCode.ENTER);
            ListView<PeopleViewModel.Row> list = app.byId("people-list");
            app.waitUntil(() -> list.getItems().size() == 1, 10);
            app.clickOn("people-new-name");
            app.robot().write("Ben Okafor").type(KeyCode.ENTER);
            app.waitUntil(() -> list.getItems().size() == 2, 10);
            // Ana wants a weekly 1:1
            app.robot().interact(() -> list.getSelectionModel().select(0));
            app.waitUntil(() -> app.<Label>byId("person-title").getText().equals("Ana"), 10);
            app.robot().interact(() -> app.<ComboBox<Person.Cadence>>byId("person-cadence")
                    .setValue(Person.Cadence.WEEKLY));
            app.clickOn("person-save");
            app.waitUntil(() -> app.<Label>byId("person-message").getText().contains("saved"), 10);
            // a 1:1 with Ben and a promise due in five days
            app.robot().interact(() -> list.getSelectionModel().select(1));
            app.waitUntil(() -> app.<Label>byId("person-title").getText().equals("Ben Okafor"), 10);
            app.clickOn("one-on-one-notes");
            app.robot().write("Talked about the release.");
            app.clickOn("one-on-one-save");
            app.waitUntil(() -> app.<Label>byId("person-message").getText().startsWith("The 1:1"), 10);
            app.robot().interact(() -> app.<DatePicker>byId("promise-due").setValue(FIRST.plusDays(5)));
            app.clickOn("promise-text");
            app.robot().write("Review his draft").type(KeyCode.ENTER);
            ListView<Promise> promises = app.byId("promise-list");
            app.waitUntil(() -> promises.getItems().size() == 1, 10);

            // Today: @ completion in the reflection, Ben named in a check-in
            app.clickOn("nav-today");
            app.waitUntil(() -> app.exists("today-text"), 10);
            app.clickOn("today-text");
            app.robot().write("Thanked @an");
            app.waitUntil(() -> app.robot().lookup("#mention-list").tryQuery().map(Node::isVisible).orElse(false), 10);
            app.robot().type(KeyCode.ENTER);
            app.robot().write("for the demo.");
            TextArea text = app.byId("today-text");
            app.waitUntil(() -> text.getText().equals("Thanked @Ana for the demo."), 10);

            MenuButton picker = app.byId("today-habit-1-people");
            assertThat(picker.getAccessibleText()).isEqualTo("Who was this for? (mark the micro-action first)");
            app.clickOn("today-habit-1-done");
            app.waitUntil(() -> !picker.isDisabled(), 10);
            // marked: no more "mark it first"
            app.waitUntil(() -> "Who was this for?".equals(picker.getAccessibleText()), 5);
            app.clickOn("today-habit-1-people");
            app.waitUntil(() -> app.robot().lookup("#checkin-person-2").tryQuery().isPresent(), 10);
            app.robot().clickOn((Node) app.robot().lookup("#checkin-person-2").query());
            app.waitUntil(() -> "Ben".equals(picker.getText()) && "For Ben Okafor".equals(picker.getAccessibleText()), 10);
        }
        try (AppDriver app = AppDriver.start(dataDir, at("2026-03-20T19:30:00Z"))) {
            app.waitUntil(() -> app.exists("today-nudge-text")
                    && !app.<Label>byId("today-nudge-text").getText().isEmpty(), 10);
            assertThat(app.<Label>byId("today-nudge-text").getText()).isEqualTo(
                    "No 1:1 with Ana for 1 weeks (you wanted one weekly).");
            // the adaptive prompts pick the neglected person first, and say why
            app.waitUntil(() -> app.exists("prompt-text-0")
                    && app.<Label>byId("prompt-text-0").getText().equals("What would you like to ask Ana at your next 1:1?"), 10);
            app.waitUntil(() -> app.exists("today-promise-0"), 10);
            assertThat(app.<Label>byId("today-promise-text-0").getText()).startsWith("To Ben Okafor: Review his draft");
            app.clickOn("today-promise-kept-0");
            app.waitUntil(() -> !app.exists("today-promise-0"), 10);

            // the Journal's person filter finds the day that mentions Ana
            app.clickOn("nav-journal");
            app.waitUntil(() -> app.exists("journal-filter-person"), 10);
            ComboBox<String> person = app.byId("journal-filter-person");
            app.waitUntil(() -> person.getItems().size() == 2, 10);
            app.robot().interact(() -> person.setValue("Ana"));
            assertThat(app.<TextField>byId("journal-search").getText()).isEqualTo("@Ana");
            ListView<JournalSearch.Hit> hits = app.byId("journal-results");
            app.waitUntil(() -> hits.getItems().size() == 1, 10);
            assertThat(hits.getItems().get(0).date()).isEqualTo(FIRST);

            app.clickOn("nav-people");
            ListView<PeopleViewModel.Row> list = app.byId("people-list");
            app.waitUntil(() -> list.getItems().size() == 2, 10);
            app.robot().interact(() -> list.getSelectionModel().select(0));
            FxGrowingList<Timeline> timeline = app.byId("person-timeline");
            app.waitUntil(() -> app.<Label>byId("person-title").getText().equals("Ana") && timeline.getItems().size() == 1, 10);
            assertThat(timeline.getItems().get(0).kind()).isEqualTo(Timeline.Kind.JOURNAL);
            assertThat(timeline.getItems().get(0).text()).contains("@Ana for the demo");
            app.robot().interact(() -> list.getSelectionModel().select(1));
            app.waitUntil(() -> app.<Label>byId("person-title").getText().equals("Ben Okafor")
                    && timeline.getItems().size() == 3, 10);
            assertThat(timeline.getItems()).extracting(Timeline::kind).containsExactlyInAnyOrder(
                    Timeline.Kind.CHECK_IN, Timeline.Kind.ONE_ON_ONE, Timeline.Kind.PROMISE);
        }
    }
}
