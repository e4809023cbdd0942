package app.microlead.shell;

import static org.assertj.core.api.Assertions.assertThat;

import app.microlead.AppDriver;
import app.microlead.habits.JdbcHabitRepository;
import app.microlead.habits.OnboardingViewModel;
import app.microlead.storage.DataFolder;
import app.microlead.storage.Database;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A journal that opens as an earlier state than it was last closed in says so, in the app, once it is ready. */
class EarlierStateUiTest {

    @TempDir
    Path dataDir;

    @TempDir
    Path elsewhere;

    private static Optional<Stage> window(String title) {
        return Window.getWindows().stream().filter(w -> w instanceof Stage s && title.equals(s.getTitle()) && s.isShowing())
                .map(w -> (Stage) w).findFirst();
    }

    @Test
    void theAppSaysThatRecentWorkMayBeMissingAndWhereTheBackupsAre() throws Exception {
        DataFolder folder = DataFolder.open(dataDir);
        try (Database db = Database.open(folder)) {
            new JdbcHabitRepository(db).setFlag(OnboardingViewModel.FLAG);
        }
        Path earlier = elsewhere.resolve("earlier.mv.db");
        Files.copy(dataDir.resolve("microlead.mv.db"), earlier);
        try (Database db = Database.open(folder)) {
            db.write(c -> c.createStatement().executeUpdate("INSERT INTO entry (entry_date, body, created_at, updated_at)"
                    + " VALUES (DATE '2026-03-09', 'kept', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)"));
        }
        Files.copy(earlier, dataDir.resolve("microlead.mv.db"), StandardCopyOption.REPLACE_EXISTING);

        Clock clock = Clock.fixed(Instant.parse("2026-03-10T19:30:00Z"), ZoneOffset.UTC);
        try (AppDriver app = AppDriver.start(dataDir, clock)) {
            app.waitUntil(() -> window("Some recent work may be missing").isPresent(), 30);
            Stage shown = window("Some recent work may be missing").orElseThrow();
            DialogPane pane = (DialogPane) shown.getScene().getRoot();
            assertThat(((Label) pane.getContent()).getText()).contains("opened as it was before it was last closed")
                    .contains(dataDir.resolve("backups").toString());
            app.robot().interact(shown::close);
            app.waitUntil(() -> window("Some recent work may be missing").isEmpty(), 10);
        }
        try (AppDriver app = AppDriver.start(dataDir, clock)) {
            app.waitUntil(() -> app.exists("nav-journal"), 30);
            app.waitUntilSettled();
            assertThat(window("Some recent work may be missing")).as("said once").isEmpty();
        }
    }
}
