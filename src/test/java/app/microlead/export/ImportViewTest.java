package app.microlead.export;

import static org.assertj.core.api.Assertions.assertThat;

import app.microlead.common.DirectTaskRunner;
import app.microlead.journal.JdbcJournalRepository;
import app.microlead.storage.DataFolder;
import app.microlead.storage.Database;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Label;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;

/** Settings → Import shows a refusal as an error (error styling), and a later success as plain text. */
class ImportViewTest {

    @TempDir
    Path dir;
    private final Clock clock = Clock.fixed(Instant.parse("2026-03-10T20:00:00Z"), ZoneOffset.UTC);
    private Database db;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void close() {
        if (db != null) {
            db.close();
        }
    }

    @Test
    void aRefusalIsShownAsAnErrorAndASuccessIsNot() throws Exception {
        Path good = dir.resolve("good.json");
        try (Database source = Database.open(DataFolder.open(dir.resolve("a")))) {
            ArchiveRoundTripTest.fill(source, clock);
            ArchiveService s = ArchiveRoundTripTest.service(source, clock);
            s.write(s.snapshot(Map.of()), good);
        }
        Path bad = Files.writeString(dir.resolve("bad.json"), "Dear diary");
        db = Database.open(DataFolder.open(dir.resolve("b")));
        ImportViewModel vm = new ImportViewModel(new DirectTaskRunner(), ArchiveRoundTripTest.service(db, clock),
                new EntryImporter(db, new JdbcJournalRepository(db, clock), clock), summary -> Optional.empty(),
                () -> { }, () -> { });
        Node[] view = new Node[1];
        FxToolkit.setupFixture(() -> view[0] = ImportView.build(vm));
        Label message = (Label) view[0].lookup("#settings-import-message");

        FxToolkit.setupFixture(() -> vm.importFrom(ImportViewModel.Source.ARCHIVE, bad));
        assertThat(message.getText()).contains("bad.json, line 1, column 1");
        assertThat(message.getStyleClass()).contains("text-error");

        FxToolkit.setupFixture(() -> vm.importFrom(ImportViewModel.Source.ARCHIVE, good));
        assertThat(message.getText()).startsWith("Imported");
        assertThat(message.getStyleClass()).doesNotContain("text-error");
    }
}
