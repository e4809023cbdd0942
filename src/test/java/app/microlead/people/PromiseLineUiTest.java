package app.microlead.people;

import static org.assertj.core.api.Assertions.assertThat;

import app.microlead.AppDriver;
import app.microlead.storage.DataFolder;
import app.microlead.storage.Database;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A {@code !promise @Name … by Friday} line on Today is offered as a promise; made, it is on the person's
 * page and not offered again; a name not in People is added first. The text stays as written.
 */
class PromiseLineUiTest {

    @TempDir
    Path dataDir;

    /** A Tuesday. */
    private final Clock clock = Clock.fixed(Instant.parse("2026-03-10T19:30:00Z"), ZoneId.of("UTC"));

    @Test
    void aPromiseLineOnTodayBecomesAPromiseOnThePersonsPage() throws Exception {
        try (Database db = Database.open(DataFolder.open(dataDir))) {
            new JdbcPeopleRepository(db).add(Person.named("Ana Lima", LocalDate.of(2026, 3, 1)));
        }
        String written = "!promise @Ana review the draft by Friday\n!promise @Zed book the room by today";
        try (AppDriver app = AppDriver.start(dataDir, clock)) {
            app.waitUntil(() -> app.exists("today-text"), 30);
            TextArea text = app.byId("today-text");
            app.clickOn("today-text");
            app.robot().write("!promise @Ana review the draft by Friday");
            app.robot().type(KeyCode.ENTER);
            app.robot().write("!promise @Zed book the room by today");
            app.waitUntil(() -> text.getText().equals(written), 30);
            app.waitUntil(() -> app.exists("promise-line-make-0") && app.exists("promise-line-add-1"), 30);
            app.waitUntilSettled();
            assertThat(app.exists("mention-add-0")).as("Zed's 'Add to People' is offered once, on his promise's line")
                    .isFalse();
            Label offer = (Label) app.<Node>byId("promise-lines").lookup(".label");
            assertThat(offer.getText()).isEqualTo("Make this a promise to Ana Lima: \"review the draft\" (due Fri 13 Mar)");

            app.clickOn("promise-line-make-0");
            app.waitUntil(() -> app.<Label>byId("mention-message").getText().startsWith("Promised Ana Lima"), 30);
            // the line made is offered no more; Zed is added first, then his promise is made, and as it is due
            // today, Today's card lists it
            app.waitUntil(() -> app.exists("promise-line-add-0") && !app.exists("promise-line-make-0"), 30);
            app.waitUntilSettled();
            // the button pressed went: the focus is on the offer now in its place, not back at the window's start
            assertThat(app.stage().getScene().getFocusOwner().getId()).isEqualTo("promise-line-add-0");
            app.robot().type(KeyCode.SPACE);
            app.waitUntil(() -> app.exists("promise-line-make-0"), 30);
            assertThat(((Label) app.<Node>byId("promise-lines").lookup(".label")).getText())
                    .isEqualTo("Make this a promise to Zed: \"book the room\" (due Tue 10 Mar)");
            app.clickOn("promise-line-make-0");
            app.waitUntil(() -> !app.exists("promise-line-make-0") && !app.exists("promise-line-add-0"), 30);
            app.waitUntilSettled();
            assertThat(app.stage().getScene().getFocusOwner()).as("no offer left: back to the text").isSameAs(text);
            app.waitUntil(() -> app.robot().lookup("#today-promises .label").queryAll().stream()
                    .anyMatch(l -> ((Label) l).getText().contains("book the room")), 30);
            assertThat(text.getText()).isEqualTo(written);

            app.clickOn("nav-people");
            ListView<PeopleViewModel.Row> list = app.byId("people-list");
            app.waitUntil(() -> list.getItems().size() == 2, 30);
            app.robot().interact(() -> list.getSelectionModel().select(0));
            app.waitUntil(() -> app.<Label>byId("person-title").getText().equals("Ana Lima"), 30);
            ListView<Promise> promises = app.byId("promise-list");
            app.waitUntil(() -> promises.getItems().size() == 1, 30);
            assertThat(promises.getItems().get(0)).extracting(Promise::text, Promise::madeOn, Promise::due)
                    .containsExactly("review the draft", LocalDate.of(2026, 3, 10), LocalDate.of(2026, 3, 13));
        }
    }
}
