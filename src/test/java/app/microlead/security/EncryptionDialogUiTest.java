package app.microlead.security;

import static org.assertj.core.api.Assertions.assertThat;

import app.microlead.AppDriver;
import app.microlead.backup.BackupEncryption;
import app.microlead.backup.Backups;
import app.microlead.storage.DataFolder;
import app.microlead.storage.Database;
import app.microlead.storage.KeyFile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.PasswordField;
import javafx.scene.control.RadioButton;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/**
 * The passphrase dialog checks what is typed before it can close (OK stays disabled, the reason is
 * shown in the dialog), and turning encryption on from Settings encrypts the backups too; the Backups list
 * shows their new sizes at once; turning it off with a wrong passphrase is said in the dialog, which stays open.
 */
class EncryptionDialogUiTest {

    private static final String MARKER = "AXOLOTL-5821 offsite with the board";

    @TempDir
    Path dataDir;

    @Test
    void theDialogValidatesInPlaceAndTurningOnCoversTheBackups() throws Exception {
        DataFolder folder = DataFolder.open(dataDir);
        try (Database db = Database.open(folder)) {
            db.write(c -> c.createStatement().executeUpdate("INSERT INTO entry (entry_date, body, created_at, updated_at)"
                    + " VALUES (DATE '2026-03-01', '" + MARKER + "', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)"));
            for (String day : List.of("2026-03-01", "2026-03-02")) {
                new Backups(folder, dataDir.resolve("backups"), Clock.fixed(Instant.parse(day + "T10:00:00Z"), ZoneOffset.UTC))
                        .backup(db, "daily");
            }
        }
        assertThat(filesWithMarker()).as("the test can fail: the plain backups hold the text").isNotEmpty();
        try (AppDriver app = AppDriver.start(dataDir, Clock.systemDefaultZone())) {
            FxRobot r = app.robot();
            app.clickOn("nav-settings");
            // the Backups section is listed before encryption changes, so its sizes can be seen to follow
            app.waitUntil(() -> r.lookup("#settings-backups").tryQuery().isPresent()
                    && r.lookup("#settings-backups").queryListView().getItems().size() >= 2, 20);
            ListView<Backups.Backup> listed = r.lookup("#settings-backups").queryListView();
            List<Long> plainSizes = listed.getItems().stream().map(Backups.Backup::size).toList();
            app.clickOn("settings-encryption-on");
            app.waitUntil(() -> r.lookup("#encryption-new").tryQuery().isPresent(), 10);
            Button ok = r.lookup("#encryption-dialog-ok").queryButton();
            Label problem = r.lookup("#encryption-problem").queryAs(Label.class);
            PasswordField first = r.lookup("#encryption-new").queryAs(PasswordField.class);
            PasswordField second = r.lookup("#encryption-repeat").queryAs(PasswordField.class);
            assertThat(ok.isDisabled()).as("nothing typed yet").isTrue();
            assertThat(problem.getText()).contains("at least 8");

            r.clickOn(first).write("short");
            r.clickOn(second).write("short");
            assertThat(ok.isDisabled()).isTrue();
            assertThat(problem.getText()).contains("at least 8");
            r.clickOn(ok);
            assertThat(r.lookup("#encryption-dialog").tryQuery()).as("a disabled OK does not close the dialog").isPresent();

            r.interact(() -> {
                first.setText("correct horse battery");
                second.setText("correct horse batter");
            });
            assertThat(ok.isDisabled()).isTrue();
            assertThat(problem.getText()).contains("differ");
            r.clickOn(second).type(KeyCode.END).write("y");
            assertThat(ok.isDisabled()).as("the box is not ticked").isTrue();
            assertThat(problem.getText()).contains("understand");
            assertThat(r.lookup("#encryption-backups-convert").queryAs(RadioButton.class).isSelected())
                    .as("encrypting the backups is the default").isTrue();
            r.clickOn("#encryption-understood");
            assertThat(problem.getText()).isEmpty();
            assertThat(ok.isDisabled()).isFalse();
            r.clickOn(ok);

            app.waitUntil(() -> app.<Label>byId("settings-encryption-message").getText().contains("now encrypted"), 120);
            assertThat(app.<Label>byId("settings-encryption-message").getText()).containsPattern("its \\d+ backups");
            assertThat(app.<Label>byId("settings-encryption-status").getText()).contains("is encrypted");
            assertThat(r.lookup("#encryption-dialog").tryQuery()).isEmpty();
            app.waitUntil(() -> listedAsOnDisk(listed), 20);
            assertThat(listed.getItems().stream().map(Backups.Backup::size).toList())
                    .as("the test can fail: encrypting changed the backups' sizes").isNotEqualTo(plainSizes);
            assertThat(KeyFile.read(dataDir)).isPresent();
            for (Path b : BackupEncryption.files(dataDir.resolve("backups"))) {
                assertThat(BackupEncryption.isEncrypted(b)).as(b.toString()).isTrue();
            }
            assertThat(filesWithMarker()).isEmpty();

            // turning off with a wrong passphrase: said in the dialog, which stays open for another try
            app.clickOn("settings-encryption-off");
            app.waitUntil(() -> r.lookup("#encryption-current").tryQuery().isPresent(), 10);
            PasswordField current = r.lookup("#encryption-current").queryAs(PasswordField.class);
            r.clickOn(current).write("correct horse battery!").type(KeyCode.ENTER);
            app.waitUntil(() -> r.lookup("#encryption-problem").queryAs(Label.class).getText().contains("not the current"), 60);
            assertThat(r.lookup("#encryption-dialog").tryQuery()).as("the dialog stays open").isPresent();
            assertThat(r.lookup("#encryption-problem").queryAs(Label.class).getStyleClass()).contains("text-error");
            assertThat(current.isFocused()).as("the passphrase to type again has the focus").isTrue();
            assertThat(r.lookup("#encryption-dialog-ok").queryButton().isDisabled()).isTrue();
            assertThat(app.<Label>byId("settings-encryption-status").getText()).contains("is encrypted");
            assertThat(current.getSelectedText()).as("selected, to be typed over").isEqualTo("correct horse battery!");
            r.write("correct horse battery").type(KeyCode.ENTER);
            app.waitUntil(() -> app.<Label>byId("settings-encryption-message").getText().contains("Encryption is off"), 120);
            assertThat(r.lookup("#encryption-dialog").tryQuery()).isEmpty();
            app.waitUntil(() -> listedAsOnDisk(listed), 20);
        }
        assertThat(KeyFile.read(dataDir)).as("turned off").isEmpty();
        for (Path b : BackupEncryption.files(dataDir.resolve("backups"))) {
            assertThat(BackupEncryption.isEncrypted(b)).as(b.toString()).isFalse();
        }
    }

    /** Whether the Backups list shows each backup's size as it is on the disk now. */
    private static boolean listedAsOnDisk(ListView<Backups.Backup> listed) {
        try {
            for (Backups.Backup b : listed.getItems()) {
                if (b.size() != Files.size(b.file())) {
                    return false;
                }
            }
            return !listed.getItems().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }

    private List<Path> filesWithMarker() throws Exception {
        List<Path> found = new ArrayList<>();
        try (Stream<Path> s = Files.walk(dataDir)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                boolean hit = new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1).contains("AXOLOTL-5821");
                if (!hit && p.toString().endsWith(".zip")) {
                    try (ZipInputStream z = new ZipInputStream(Files.newInputStream(p))) {
                        for (ZipEntry e = z.getNextEntry(); e != null && !hit; e = z.getNextEntry()) {
                            ByteArrayOutputStream out = new ByteArrayOutputStream();
                            z.transferTo(out);
                            hit = out.toString(StandardCharsets.ISO_8859_1).contains("AXOLOTL-5821");
                        }
                    }
                }
                if (hit) {
                    found.add(p);
                }
            }
        }
        return found;
    }
}
