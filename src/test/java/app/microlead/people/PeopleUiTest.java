package app.microlead.people;

import static org.assertj.core.api.Assertions.assertThat;

import app.microlead.AppDriver;
import app.microlead.journal.Entry;
import app.microlead.journal.JdbcJournalRepository;
import app.microlead.shell.ViewId;
import app.microlead.storage.DataFolder;
import app.microlead.storage.Database;
import app.microlead.ui.FxGrowingList;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A leader adds two people, records a 1:1 with a promise, deletes and undoes, restarts and finds it all. */
class PeopleUiTest {

    @TempDir
    Path dataDir;

    private final Clock clock = Clock.fixed(Instant.parse("2026-03-10T19:30:00Z"), ZoneId.of("UTC"));

    @Test
    void rosterOneOnOnePromiseUndoAndTimelineAfterARestart() throws Exception {
        try (Database db = Database.open(DataFolder.open(dataDir))) {
            new JdbcJournalRepository(db, clock).save(new Entry(LocalDate.of(2026, 3, 9),
                    "Gave @Ana **the lead** on the demo; wrote to ana@example.com.", null, null, List.of(), List.of(), null, null));
        }
        try (AppDriver app = AppDriver.start(dataDir, clock)) {
            app.robot().press(KeyCode.CONTROL, KeyCode.DIGIT6).release(KeyCode.DIGIT6, KeyCode.CONTROL);
            app.waitUntil(() -> app.exists("page-people"), 10);
            assertThat(app.app().shell().currentViewProperty().get()).isEqualTo(ViewId.PEOPLE);
            // no one yet: nothing to choose, the place says what the page will hold
            app.waitUntil(() -> app.<Label>byId("person-none").getText().startsWith("Once you add someone"), 10);

            app.clickOn("people-new-name");
            app.robot().write("Ana").type(KeyCode.ENTER);
            ListView<PeopleViewModel.Row> list = app.byId("people-list");
            app.waitUntil(() -> list.getItems().size() == 1, 10);
            app.waitUntil(() -> app.<Label>byId("person-none").getText().startsWith("Choose someone on the left"), 10);
            app.clickOn("people-new-name");
            app.robot().write("Ben Okafor");
            app.clickOn("people-add");
            app.waitUntil(() -> list.getItems().size() == 2, 10);

            app.robot().interact(() -> list.getSelectionModel().select(0));
            app.waitUntil(() -> app.<Label>byId("person-title").getText().equals("Ana"), 10);
            FxGrowingList<Timeline> timeline = app.byId("person-timeline");
            app.waitUntil(() -> timeline.getItems().size() == 1, 10);
            assertThat(timeline.getItems().get(0).text()).contains("@Ana **the lead**");
            // shown as the journal's list shows a day: without its Markdown marks
            app.waitUntil(() -> timeline.shownTexts().stream().anyMatch(l -> l.contains("Gave @Ana the lead on the demo")), 10);

            app.clickOn("one-on-one-notes");
            app.robot().write("Talked about growth.");
            app.clickOn("one-on-one-follow-ups");
            app.robot().write("send the course link");
            app.clickOn("one-on-one-save");
            app.waitUntil(() -> app.<Label>byId("person-message").getText().startsWith("The 1:1 of 10 March 2026"), 10);
            app.clickOn("promise-text");
            app.robot().write("Review her draft").type(KeyCode.ENTER);
            ListView<Promise> promises = app.byId("promise-list");
            app.waitUntil(() -> promises.getItems().size() == 1, 10);
            // a due date that is no date is named, and the promise is not added without it
            app.clickOn("promise-text");
            app.robot().write("Send the budget");
            DatePicker due = app.byId("promise-due");
            app.robot().interact(() -> due.getEditor().requestFocus());
            app.robot().interact(() -> due.getEditor().setText("31.13.2026"));
            app.robot().type(KeyCode.ENTER); // Enter in the due day adds, as in the promise's text
            app.waitUntil(() -> app.<Label>byId("person-message").getText().contains("31.13.2026"), 10);
            assertThat(due.getPseudoClassStates()).extracting(Object::toString).contains("danger");
            assertThat(promises.getItems()).hasSize(1);
            app.robot().interact(() -> {
                due.getEditor().clear();
                app.<TextField>byId("promise-text").clear();
            });

            app.clickOn("agenda-prepare");
            app.waitUntil(() -> app.<TextArea>byId("agenda-text").getText().contains("- [ ] Review her draft"), 10);
            assertThat(app.<TextArea>byId("agenda-text").getText()).startsWith("# 1:1 with Ana, 10 March 2026");

            // Ben is deleted after asking, then brought back with Undo.
            app.robot().interact(() -> list.getSelectionModel().select(1));
            app.waitUntil(() -> app.<Label>byId("person-title").getText().equals("Ben Okafor"), 10);
            app.clickOn("person-delete");
            app.waitUntil(() -> app.robot().lookup("#dialog-confirm-ok").tryQuery().isPresent(), 10);
            app.robot().clickOn((Node) app.robot().lookup("#dialog-confirm-ok").query());
            app.waitUntil(() -> list.getItems().size() == 1, 10);
            app.clickOn("people-undo");
            app.waitUntil(() -> list.getItems().size() == 2, 10);
        }
        try (AppDriver app = AppDriver.start(dataDir, clock)) {
            app.clickOn("nav-people");
            ListView<PeopleViewModel.Row> list = app.byId("people-list");
            app.waitUntil(() -> list.getItems().size() == 2, 10);
            assertThat(list.getItems().get(0).summary()).contains("last 1:1: 10 Mar 2026");
            app.robot().interact(() -> list.getSelectionModel().select(0));
            FxGrowingList<Timeline> timeline = app.byId("person-timeline");
            app.waitUntil(() -> timeline.getItems().size() == 3, 10);
            assertThat(timeline.getItems()).extracting(Timeline::kind).containsExactly(Timeline.Kind.ONE_ON_ONE,
                    Timeline.Kind.PROMISE, Timeline.Kind.JOURNAL);
            ListView<Promise> promises = app.byId("promise-list");
            app.waitUntil(() -> promises.getItems().size() == 1, 10);
            app.robot().interact(() -> promises.getSelectionModel().select(0));
            // a promise is marked as what it is not yet: an open one cannot be opened again, a kept one kept again
            assertThat(app.<Button>byId("promise-open").isDisabled()).isTrue();
            assertThat(app.<Button>byId("promise-kept").isDisabled()).isFalse();
            app.clickOn("promise-kept");
            app.waitUntil(() -> promises.getItems().get(0).state() == Promise.State.KEPT, 10);
            app.robot().interact(() -> promises.getSelectionModel().select(0));
            app.waitUntil(() -> app.<Button>byId("promise-kept").isDisabled() && !app.<Button>byId("promise-open").isDisabled(), 10);
            assertThat(app.<Label>byId("person-figures").getText()).contains("Last recognised: never")
                    .contains("last 1:1: 10 Mar 2026");
        }
    }
}
