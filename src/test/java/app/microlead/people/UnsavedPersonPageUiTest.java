package app.microlead.people;

import static org.assertj.core.api.Assertions.assertThat;

import app.microlead.AppDriver;
import app.microlead.storage.DataFolder;
import app.microlead.storage.Database;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A 1:1 note half written for one person stays with them while another person's page is open, and the window
 * asks before closing over it; once saved, it closes without asking.
 */
class UnsavedPersonPageUiTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-10T19:30:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dataDir;

    @Test
    void aHalfWrittenNoteStaysWithItsPersonAndTheWindowAsksBeforeLosingIt() throws Exception {
        try (AppDriver app = AppDriver.start(dataDir, CLOCK)) {
            app.robot().press(KeyCode.CONTROL, KeyCode.DIGIT6).release(KeyCode.DIGIT6, KeyCode.CONTROL);
            app.waitUntil(() -> app.exists("page-people"), 10);
            ListView<PeopleViewModel.Row> list = app.byId("people-list");
            for (String name : new String[] {"Ana", "Ben"}) {
                app.clickOn("people-new-name");
                app.robot().write(name).type(KeyCode.ENTER);
                app.waitUntil(() -> app.<Label>byId("person-title").getText().equals(name), 10);
            }
            app.clickOn("one-on-one-notes");
            app.robot().write("Half a thought about the offsite");

            openPerson(app, list, "Ana");
            assertThat(app.<TextInputControl>byId("one-on-one-notes").getText()).as("Ana's 1:1 note").isEmpty();
            openPerson(app, list, "Ben");
            assertThat(app.<TextInputControl>byId("one-on-one-notes").getText()).isEqualTo("Half a thought about the offsite");
            assertThat(app.<Label>byId("person-message").getText()).isEqualTo("Your unsaved changes are still here.");

            // closing asks; "cancel" keeps the window and the note
            CompletableFuture<Boolean> kept = closeRequest(app.stage());
            app.waitUntil(() -> app.robot().lookup("#dialog-confirm-cancel").tryQuery().isPresent(), 10);
            DialogPane pane = app.robot().lookup("#dialog-confirm").query();
            assertThat(((Label) pane.getContent()).getText()).contains("Ben's page").doesNotContain("Ana");
            assertThat(app.<Button>byId("dialog-confirm-cancel").isDefaultButton()).as("Cancel as the default").isTrue();
            app.robot().clickOn((Node) app.robot().lookup("#dialog-confirm-cancel").query());
            assertThat(kept.get(10, TimeUnit.SECONDS)).as("the window kept open").isTrue();
            assertThat(app.<TextInputControl>byId("one-on-one-notes").getText()).isEqualTo("Half a thought about the offsite");

            // Ctrl+Q asks the same; "cancel" keeps the window
            app.robot().press(KeyCode.CONTROL, KeyCode.Q).release(KeyCode.Q, KeyCode.CONTROL);
            app.waitUntil(() -> app.robot().lookup("#dialog-confirm-cancel").tryQuery().isPresent(), 10);
            assertThat(((Label) app.robot().lookup("#dialog-confirm").<DialogPane>query().getContent()).getText())
                    .contains("Ben's page");
            app.robot().clickOn((Node) app.robot().lookup("#dialog-confirm-cancel").query());
            app.waitUntil(() -> app.robot().lookup("#dialog-confirm").tryQuery().isEmpty(), 10);
            assertThat(app.stage().isShowing()).isTrue();
            assertThat(app.<TextInputControl>byId("one-on-one-notes").getText()).isEqualTo("Half a thought about the offsite");

            // and "close without saving" lets it close
            CompletableFuture<Boolean> keptAgain = closeRequest(app.stage());
            app.waitUntil(() -> app.robot().lookup("#dialog-confirm-ok").tryQuery().isPresent(), 10);
            app.robot().clickOn((Node) app.robot().lookup("#dialog-confirm-ok").query());
            assertThat(keptAgain.get(10, TimeUnit.SECONDS)).as("the window kept open after 'close without saving'").isFalse();

            // saved, there is nothing to ask about
            app.clickOn("one-on-one-save");
            app.waitUntil(() -> app.<Label>byId("person-message").getText().startsWith("The 1:1 of"), 10);
            assertThat(closeRequest(app.stage()).get(10, TimeUnit.SECONDS)).as("the window kept open with all saved")
                    .isFalse();
            assertThat(app.robot().lookup("#dialog-confirm").tryQuery()).isEmpty();
        }
    }

    @Test
    void whatIsKeptOnDiskWhileUnsavedIsGivenUpWithTheWindow() throws Exception {
        try (AppDriver app = AppDriver.start(dataDir, CLOCK)) {
            anasPageInPeople(app);
            app.clickOn("one-on-one-notes");
            app.robot().write("Given up with the window");
            app.clickOn("nav-today"); // People left: what is unsaved on it is written to disk at once
            app.waitUntilSettled();
        } // the window closes (nothing asked here: App.stop, as after "Close without saving")
        try (Database db = Database.open(DataFolder.open(dataDir))) {
            assertThat(new JdbcPeopleRepository(db).drafts()).as("unsaved pages kept on disk after the window closed")
                    .isEmpty();
            assertThat(new JdbcPeopleRepository(db).people(false)).extracting(Person::name).containsExactly("Ana");
        }
    }

    @Test
    void restoringABackupAsksFirstAndCancelLeavesNoRestoreWaiting() throws Exception {
        try (AppDriver app = AppDriver.start(dataDir, CLOCK)) {
            anasPageInPeople(app);
            app.clickOn("one-on-one-notes");
            app.robot().write("Half a thought");

            app.clickOn("nav-settings");
            app.waitUntil(() -> app.exists("settings-backup-now"), 10);
            app.scrollIntoView("settings-backup-now");
            app.clickOn("settings-backup-now");
            ListView<?> backups = app.byId("settings-backups");
            app.waitUntil(() -> !backups.getItems().isEmpty(), 20);
            app.robot().interact(() -> backups.getSelectionModel().select(0));
            app.scrollIntoView("settings-backup-restore");
            app.clickOn("settings-backup-restore");
            app.waitUntil(() -> app.robot().lookup("#dialog-confirm-ok").tryQuery().isPresent(), 10);
            app.robot().clickOn((Node) app.robot().lookup("#dialog-confirm-ok").query()); // yes, restore
            // then: what was typed on Ana's page
            app.waitUntil(() -> app.robot().lookup("#dialog-confirm").tryQuery()
                    .map(p -> ((Label) ((DialogPane) p).getContent()).getText().contains("Ana's page")).orElse(false), 10);
            app.robot().clickOn((Node) app.robot().lookup("#dialog-confirm-cancel").query());
            app.waitUntil(() -> app.robot().lookup("#dialog-confirm").tryQuery().isEmpty(), 10);
            assertThat(dataDir.resolve("restore-pending.txt")).as("a restore waiting for the next start").doesNotExist();
            assertThat(app.stage().isShowing()).isTrue();
        }
    }

    /** People opened with Ctrl+6, Ana added and her page shown. */
    private static void anasPageInPeople(AppDriver app) throws Exception {
        app.robot().press(KeyCode.CONTROL, KeyCode.DIGIT6).release(KeyCode.DIGIT6, KeyCode.CONTROL);
        app.waitUntil(() -> app.exists("page-people"), 10);
        app.clickOn("people-new-name");
        app.robot().write("Ana").type(KeyCode.ENTER);
        app.waitUntil(() -> app.<Label>byId("person-title").getText().equals("Ana"), 10);
    }

    private static void openPerson(AppDriver app, ListView<PeopleViewModel.Row> list, String name) throws Exception {
        Node cell = app.robot().lookup(".list-cell").match(n -> n instanceof ListCell<?> c && !c.isEmpty()
                && c.getItem() instanceof PeopleViewModel.Row r && r.person().name().equals(name)).query();
        app.robot().clickOn(cell);
        app.waitUntil(() -> app.<Label>byId("person-title").getText().equals(name), 10);
    }

    /** Asks the window to close as its close button does; completes with whether the request was refused. */
    private static CompletableFuture<Boolean> closeRequest(Stage stage) {
        CompletableFuture<Boolean> refused = new CompletableFuture<>();
        Platform.runLater(() -> {
            WindowEvent e = new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST);
            stage.getOnCloseRequest().handle(e);
            refused.complete(e.isConsumed());
        });
        return refused;
    }
}
