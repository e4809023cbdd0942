package app.microlead.export;

import static org.assertj.core.api.Assertions.assertThat;

import app.microlead.AppDriver;
import app.microlead.journal.Entry;
import app.microlead.journal.JdbcJournalRepository;
import app.microlead.storage.DataFolder;
import app.microlead.storage.Database;
import app.microlead.ui.FxSaveChooser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The export dialog as a user meets it: Export is its default button beside Close (Enter exports), the file
 * is written, and the dialog stays open with where it went and a way to open it.
 */
class ExportDialogUiTest {

    @TempDir
    Path dataDir;
    @TempDir
    Path outDir;

    private final Clock clock = Clock.fixed(Instant.parse("2026-03-10T19:30:00Z"), ZoneId.of("UTC"));

    @AfterEach
    void noPreset() {
        System.clearProperty(FxSaveChooser.PRESET);
    }

    @Test
    void enterExportsTheLastMonthAndTheDialogStaysWithTheResult() throws Exception {
        try (Database db = Database.open(DataFolder.open(dataDir))) {
            new JdbcJournalRepository(db, clock).save(new Entry(LocalDate.of(2026, 3, 9), "Asked Lena first before deciding.",
                    4, 3, List.of("decisions"), List.of(), null, null));
        }
        Path pdf = outDir.resolve("review.pdf");
        System.setProperty(FxSaveChooser.PRESET, pdf.toString());
        try (AppDriver app = AppDriver.start(dataDir, clock)) {
            app.robot().press(KeyCode.CONTROL, KeyCode.E).release(KeyCode.E, KeyCode.CONTROL);
            app.waitUntil(() -> app.exists("export-dialog"), 10);
            DialogPane pane = app.byId("export-dialog");
            Button export = (Button) pane.lookup("#export-run");
            assertThat(export.getParent().getParent()).isInstanceOf(ButtonBar.class); // beside Close, not in the form
            assertThat(export.isDefaultButton()).isTrue();
            assertThat(export.getText()).isEqualTo("Export…");
            assertThat(app.exists("export-open-file")).isTrue();
            assertThat(pane.lookup("#export-open-file").getParent().isManaged()).as("no room kept for a result").isFalse();

            app.robot().type(KeyCode.ENTER);
            app.waitUntil(() -> pane.lookup("#export-open-file").isVisible(), 30);
            assertThat(Files.size(pdf)).isGreaterThan(1000);
            assertThat(Files.readAllBytes(pdf)).startsWith("%PDF".getBytes());
            assertThat(((Label) pane.lookup("#export-step")).getText()).startsWith("Saved to " + pdf);
            Window dialog = pane.getScene().getWindow();
            assertThat(dialog.isShowing()).as("Export does not close the dialog").isTrue();
            app.robot().interact(dialog::hide);
        }
    }
}
