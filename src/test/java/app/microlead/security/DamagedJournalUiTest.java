package app.microlead.security;

import static org.assertj.core.api.Assertions.assertThat;

import app.microlead.App;
import app.microlead.AppConfig;
import app.microlead.backup.Backups;
import app.microlead.security.EncryptedJournal;
import app.microlead.storage.Conversion;
import app.microlead.storage.DataFolder;
import app.microlead.storage.Database;
import app.microlead.storage.KeyFile;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * An encrypted journal cut short: a wrong passphrase is still named as wrong; the right one is told
 * the journal is damaged (not that the passphrase is wrong, and no empty journal opens), and the
 * newest backup that opens with it is offered and restored.
 */
class DamagedJournalUiTest {

    private static final String PASS = "correct horse battery";

    @TempDir
    Path dataDir;

    @Test
    void theRightPassphraseOnADamagedJournalOffersTheNewestVerifiedBackup() throws Exception {
        DataFolder folder = DataFolder.open(dataDir);
        Files.writeString(dataDir.resolve("preferences.json"), "{\"reminder\": false}");
        try (Database db = Database.open(folder)) {
            for (int i = 1; i <= 120; i++) {
                int day = i;
                db.write(c -> c.createStatement().executeUpdate("INSERT INTO entry (entry_date, body, created_at, updated_at)"
                        + " VALUES (DATE '2025-01-01' + " + day + ", 'day " + day + " " + "words ".repeat(200)
                        + "', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)"));
            }
            KeyFile k = KeyFile.create();
            String key = k.fileKey(PASS.toCharArray());
            db.changeEncryption(folder, null, key, k.sealedWith(key));
            new Backups(folder, dataDir.resolve("backups"), Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC))
                    .backup(db, "daily");
        }
        Path file = dataDir.resolve("microlead.mv.db");
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.setLength(f.length() / 2);
        }
        // the offer is a dialog: shown here although the test run turns start-up dialogs off
        String noDialogs = System.getProperty("microlead.noDialogs");
        System.setProperty("microlead.noDialogs", "false");
        FxToolkit.registerPrimaryStage();
        App app = (App) FxToolkit.setupApplication(() -> new App(new AppConfig(dataDir, Clock.systemDefaultZone(), Locale.US)));
        FxRobot robot = new FxRobot();
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#unlock-passphrase").tryQuery().isPresent());
            robot.clickOn("#unlock-passphrase").write("wrong horse battery").type(KeyCode.ENTER);
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#unlock-error").queryAs(Label.class)
                    .getText().contains("does not match"));
            assertThat(robot.lookup("#dialog-confirm").tryQuery()).isEmpty();

            robot.clickOn("#unlock-passphrase").write(PASS).type(KeyCode.ENTER);
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#dialog-confirm").tryQuery().isPresent());
            assertThat(robot.lookup("#unlock-error").queryAs(Label.class).getText())
                    .contains("damaged").doesNotContain("does not match");
            assertThat(app.shell().readyProperty().get()).as("nothing opened in the damaged journal's place").isFalse();
            Button restore = robot.lookup("#dialog-confirm-ok").queryButton();
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> restore.getScene().getWindow().isShowing());
            robot.interact(restore::fire);
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> app.shell().readyProperty().get());
        } finally {
            FxToolkit.cleanupApplication(app);
            FxToolkit.cleanupStages();
            if (noDialogs == null) {
                System.clearProperty("microlead.noDialogs");
            } else {
                System.setProperty("microlead.noDialogs", noDialogs);
            }
        }
        try (Database db = EncryptedJournal.open(folder, PASS.toCharArray()).database()) {
            Long n = db.read(c -> {
                try (ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM entry")) {
                    rs.next();
                    return rs.getLong(1);
                }
            });
            assertThat(n).isEqualTo(120L);
        }
        try (Stream<Path> s = Files.list(dataDir.resolve("backups"))) {
            Path kept = s.filter(p -> p.toString().endsWith("before-restore.mv.db")).findFirst().orElseThrow();
            assertThat(Conversion.isEncrypted(kept)).as("the damaged journal is kept, encrypted").isTrue();
        }
    }
}
