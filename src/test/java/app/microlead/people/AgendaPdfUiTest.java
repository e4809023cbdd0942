package app.microlead.people;

import static org.assertj.core.api.Assertions.assertThat;

import app.microlead.AppDriver;
import app.microlead.storage.DataFolder;
import app.microlead.storage.Database;
import app.microlead.ui.FxSaveChooser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.stream.Stream;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "Export as PDF…" on a person's page writes the 1:1 agenda to the chosen file (the chooser is answered
 * by {@code -Dmicrolead.exportTo}, as the export dialog's is), and says where; a folder that is not there
 * gets a clear message and no file.
 */
class AgendaPdfUiTest {

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
    void theAgendaIsSavedAsAOnePagePdfFromThePersonsPage() throws Exception {
        LocalDate today = LocalDate.of(2026, 3, 10);
        try (Database db = Database.open(DataFolder.open(dataDir))) {
            JdbcPeopleRepository people = new JdbcPeopleRepository(db);
            Person ana = people.add(Person.named("Ana Lima", today.minusDays(30)));
            people.saveOneOnOne(new OneOnOne(0, ana.id(), today.minusDays(7), "", "growth", "send the course link"));
            people.savePromise(Promise.open(ana.id(), "Review her draft", today.minusDays(3), today.plusDays(3)));
        }
        Path pdf = outDir.resolve("agenda.pdf");
        try (AppDriver app = AppDriver.start(dataDir, clock)) {
            app.clickOn("nav-people");
            ListView<PeopleViewModel.Row> list = app.byId("people-list");
            app.waitUntil(() -> list.getItems().size() == 1, 10);
            app.robot().interact(() -> list.getSelectionModel().select(0));
            app.waitUntil(() -> app.<Label>byId("person-title").getText().equals("Ana Lima"), 10);

            // a folder that does not exist: a clear message, nothing written, the button usable again
            System.setProperty(FxSaveChooser.PRESET, outDir.resolve("gone").resolve("agenda.pdf").toString());
            app.scrollIntoView("agenda-pdf");
            app.clickOn("agenda-pdf");
            app.waitUntil(() -> app.<Label>byId("person-message").getText()
                    .startsWith("The agenda could not be saved as PDF"), 20);
            assertThat(app.<Label>byId("person-message").getText()).contains("the folder " + outDir.resolve("gone")
                    + " does not exist").endsWith("Nothing was written.");
            assertThat(app.<Button>byId("agenda-pdf").isDisabled()).isFalse();

            System.setProperty(FxSaveChooser.PRESET, pdf.toString());
            app.clickOn("agenda-pdf");
            app.waitUntil(() -> app.<Label>byId("person-message").getText().startsWith("Saved the agenda to"), 30);
            assertThat(app.<Label>byId("person-message").getText()).contains(pdf.toAbsolutePath().toString());
        }
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(text).contains("1:1 with Ana Lima, 10 March 2026").contains("send the course link")
                    .contains("Review her draft (due 13 March 2026)");
        }
        try (Stream<Path> files = Files.list(outDir)) {
            assertThat(files).containsExactly(pdf);
        }
    }
}
