package app.microlead.people;

import static org.assertj.core.api.Assertions.assertThat;

import app.microlead.AppDriver;
import app.microlead.storage.DataFolder;
import app.microlead.storage.Database;
import app.microlead.ui.FxGrowingList;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import javafx.scene.Node;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A 1:1 saved on a person's page is opened again from their timeline (its line shows only its first words):
 * all of it is there to read, a change is stored as the same 1:1, and it can be deleted, once confirmed.
 */
class OneOnOneEditUiTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-04T19:30:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dataDir;

    @Test
    void aOneOnOneIsOpenedFromTheTimelineChangedAndDeleted() throws Exception {
        long ana;
        try (Database db = Database.open(DataFolder.open(dataDir))) {
            JdbcPeopleRepository repo = new JdbcPeopleRepository(db);
            ana = repo.add(Person.named("Ana", LocalDate.of(2026, 1, 5))).id();
            repo.saveOneOnOne(new OneOnOne(0, ana, LocalDate.of(2026, 12, 2), "Her growth plan",
                    "Talked about the platform migration.\nShe wants to lead the next one.", "Send the course link"));
        }
        try (AppDriver app = AppDriver.start(dataDir, CLOCK)) {
            app.clickOn("nav-people");
            ListView<PeopleViewModel.Row> people = app.byId("people-list");
            app.waitUntil(() -> people.getItems().size() == 1, 10);
            app.robot().interact(() -> people.getSelectionModel().select(0));
            app.waitUntil(() -> app.exists("person-timeline-open"), 10);
            FxGrowingList<?> timeline = app.byId("person-timeline");
            assertThat(timeline.shownTexts()).singleElement().asString()
                    .contains("Talked about the platform migration.").doesNotContain("lead the next one");

            app.scrollIntoView("person-timeline-open");
            app.clickOn("person-timeline-open");
            app.waitUntil(() -> app.exists("one-on-one-edit"), 10);
            TextArea notes = app.byId("one-on-one-edit-notes");
            assertThat(notes.getText()).isEqualTo("Talked about the platform migration.\nShe wants to lead the next one.");
            assertThat(app.<TextArea>byId("one-on-one-edit-points").getText()).isEqualTo("Her growth plan");
            assertThat(app.<TextArea>byId("one-on-one-edit-follow-ups").getText()).isEqualTo("Send the course link");

            // all of it cleared: said in the dialog, which stays open, nothing stored
            app.robot().interact(() -> {
                notes.setText("");
                app.<TextArea>byId("one-on-one-edit-points").setText("");
                app.<TextArea>byId("one-on-one-edit-follow-ups").setText("");
            });
            app.clickOn("one-on-one-edit-save");
            app.waitUntil(() -> !app.<Label>byId("one-on-one-edit-error").getText().isEmpty(), 5);
            assertThat(app.exists("one-on-one-edit")).isTrue();

            app.robot().interact(() -> notes.setText("Talked about the migration; she leads the next one."));
            app.clickOn("one-on-one-edit-save");
            app.waitUntil(() -> !app.exists("one-on-one-edit"), 5);
            app.waitUntil(() -> timeline.shownTexts().size() == 1
                    && timeline.shownTexts().get(0).contains("she leads the next one"), 10);
            app.waitUntil(() -> app.<Label>byId("person-message").getText().equals("The 1:1 of 2 December 2026 is saved."), 5);

            // changed, then Cancel: asked first; "keep editing" keeps the dialog and the words, then discarded
            app.scrollIntoView("person-timeline-open");
            app.clickOn("person-timeline-open");
            app.waitUntil(() -> app.exists("one-on-one-edit"), 10);
            TextArea again = app.byId("one-on-one-edit-notes");
            app.robot().interact(() -> again.setText("Words I will not keep."));
            app.clickOn("one-on-one-edit-cancel");
            app.waitUntil(() -> app.robot().lookup("#dialog-confirm-cancel").tryQuery().isPresent(), 10);
            app.robot().clickOn((Node) app.robot().lookup("#dialog-confirm-cancel").query());
            app.waitUntil(() -> app.robot().lookup("#dialog-confirm").tryQuery().isEmpty(), 5);
            assertThat(app.exists("one-on-one-edit")).as("still open").isTrue();
            assertThat(again.getText()).isEqualTo("Words I will not keep.");
            app.clickOn("one-on-one-edit-cancel");
            app.waitUntil(() -> app.robot().lookup("#dialog-confirm-ok").tryQuery().isPresent(), 10);
            app.robot().clickOn((Node) app.robot().lookup("#dialog-confirm-ok").query());
            app.waitUntil(() -> !app.exists("one-on-one-edit"), 5);
            assertThat(timeline.shownTexts()).singleElement().asString().contains("she leads the next one");

            // a day typed and not yet taken by the picker is a change too: asked before it goes
            app.scrollIntoView("person-timeline-open");
            app.clickOn("person-timeline-open");
            app.waitUntil(() -> app.exists("one-on-one-edit"), 10);
            DatePicker day = app.byId("one-on-one-edit-date");
            app.robot().interact(() -> day.getEditor().setText(day.getConverter().toString(LocalDate.of(2026, 12, 1))));
            app.clickOn("one-on-one-edit-cancel");
            app.waitUntil(() -> app.robot().lookup("#dialog-confirm-ok").tryQuery().isPresent(), 10);
            app.robot().clickOn((Node) app.robot().lookup("#dialog-confirm-ok").query());
            app.waitUntil(() -> !app.exists("one-on-one-edit"), 5);

            app.scrollIntoView("person-timeline-open");
            app.clickOn("person-timeline-open");
            app.waitUntil(() -> app.exists("one-on-one-edit"), 10);
            app.clickOn("one-on-one-edit-delete");
            app.waitUntil(() -> app.robot().lookup("#dialog-confirm-ok").tryQuery().isPresent(), 10);
            app.robot().clickOn((Node) app.robot().lookup("#dialog-confirm-ok").query());
            app.waitUntil(() -> timeline.shownTexts().isEmpty(), 10);
            assertThat(app.exists("person-timeline-open")).isFalse();
        }
        try (Database db = Database.open(DataFolder.open(dataDir))) {
            assertThat(new JdbcPeopleRepository(db).oneOnOnes(ana)).as("deleted for good").isEmpty();
        }
    }
}
