package app.microlead.security;

import static org.assertj.core.api.Assertions.assertThat;

import app.microlead.backup.BackupEncryption;
import app.microlead.backup.Backups;
import app.microlead.common.DirectTaskRunner;
import app.microlead.common.I18n;
import app.microlead.journal.Entry;
import app.microlead.journal.JdbcJournalRepository;
import app.microlead.journal.JournalSearch;
import app.microlead.journal.LazyJournalSearch;
import app.microlead.security.EncryptedJournal;
import app.microlead.storage.DataFolder;
import app.microlead.storage.Database;
import app.microlead.storage.KeyFile;
import app.microlead.storage.Preferences;
import app.microlead.storage.PreferencesStore;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.FileHandler;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Turning encryption on covers every copy: afterwards no distinctive word of the journal is found in
 * any file of the data folder (journal, backups, the copy a restore keeps, logs, key file,
 * preferences, work files), zip contents included. Turning it off asks what becomes of the backups.
 */
class EncryptionCoversEveryCopyTest {

    private static final String[] WORDS = {"QUOKKA-7319", "Wilhelmina Bergstroem-Okonkwo", "tangerine-escalation"};
    private static final String PASS = "correct horse battery";

    @TempDir
    Path dir;
    DataFolder folder;
    Path backupDir;
    FileHandler log;

    @BeforeEach
    void journalWithPlainBackups() throws Exception {
        I18n.setLocale(Locale.ENGLISH);
        folder = DataFolder.open(dir);
        backupDir = dir.resolve("backups");
        Files.createDirectories(dir.resolve("logs"));
        log = new FileHandler(dir.resolve("logs").resolve("microlead.%g.log").toString(), 1_000_000, 3, true);
        log.setFormatter(new SimpleFormatter());
        Logger.getLogger("").addHandler(log);
        new PreferencesStore(folder.preferencesFile()).save(new Preferences());
        Backups.Backup first;
        try (Database db = Database.open(folder)) {
            for (int i = 1; i <= 300; i++) {
                int day = i;
                db.write(c -> c.createStatement().executeUpdate("INSERT INTO entry (entry_date, body, created_at, updated_at)"
                        + " VALUES (DATE '2020-01-01' + " + day + ", '" + String.join(" met ", WORDS) + " on day " + day
                        + "', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)"));
            }
            first = backups("2026-03-01").backup(db, "daily");
            backups("2026-03-02").backup(db, "daily");
            backups("2026-03-03").backup(db, "before-import");
        }
        // a restore keeps the journal it replaces as microlead-…-before-restore.mv.db
        backups("2026-03-04").requestRestore(first);
        Backups.applyPendingRestore(folder, backupDir, Clock.systemUTC());
    }

    @AfterEach
    void closeLog() {
        Logger.getLogger("").removeHandler(log);
        log.close();
    }

    private Backups backups(String day) {
        return new Backups(folder, backupDir, Clock.fixed(Instant.parse(day + "T10:00:00Z"), ZoneOffset.UTC));
    }

    /** Every file of the data folder (zip entries unpacked) in which a distinctive word of the journal is found. */
    private List<String> filesWithJournalText() throws Exception {
        List<String> found = new ArrayList<>();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                List<byte[]> contents = new ArrayList<>();
                contents.add(Files.readAllBytes(p));
                if (p.toString().endsWith(".zip")) {
                    try (ZipInputStream z = new ZipInputStream(Files.newInputStream(p))) {
                        for (ZipEntry e = z.getNextEntry(); e != null; e = z.getNextEntry()) {
                            contents.add(readAll(z));
                        }
                    }
                }
                for (byte[] b : contents) {
                    String text = new String(b, StandardCharsets.ISO_8859_1);
                    for (String w : WORDS) {
                        if (text.contains(w)) {
                            found.add(dir.relativize(p) + ": " + w);
                        }
                    }
                }
            }
        }
        return found;
    }

    private static byte[] readAll(InputStream in) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        in.transferTo(out);
        return out.toByteArray();
    }

    @Test
    void turningEncryptionOnEncryptsEveryBackupAndLeavesNoJournalTextInAnyFile() throws Exception {
        List<String> before = filesWithJournalText();
        assertThat(before).as("the test can fail: the plain journal and its backups hold the words")
                .anyMatch(f -> f.startsWith("microlead.mv.db")).anyMatch(f -> f.contains("before-restore"))
                .anyMatch(f -> f.contains("daily.zip"));
        AtomicReference<String> key = new AtomicReference<>();
        try (Database db = Database.open(folder)) {
            EncryptionSettingsViewModel vm = new EncryptionSettingsViewModel(folder, db, key, new DirectTaskRunner(), () -> backupDir);
            vm.turnOn(PASS.toCharArray(), PASS.toCharArray(), true, EncryptionSettingsViewModel.BackupChoice.CONVERT);
            assertThat(vm.enabledProperty().get()).isTrue();
            assertThat(vm.messageProperty().get()).contains("now encrypted").contains("its 4 backups");
        }
        log.flush();
        assertThat(filesWithJournalText()).isEmpty();
        for (Path b : BackupEncryption.files(backupDir)) {
            assertThat(BackupEncryption.isEncrypted(b)).as(b.toString()).isTrue();
            // the owner's only, as when it was made (written anew, it was readable by everyone)
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(b))).as(b.toString())
                        .isEqualTo("rw-------");
            }
        }
        // the backups open with the journal's key
        assertThat(backups("2026-03-05").newestThatOpens(key.get())).isPresent();
        try (Database db = EncryptedJournal.open(folder, PASS.toCharArray()).database()) {
            Long entries = db.read(c -> {
                try (var rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM entry")) {
                    rs.next();
                    return rs.getLong(1);
                }
            });
            assertThat(entries).isEqualTo(300L);
        }
    }

    @Test
    void theSearchIndexTheAppKeepsOnDiskGoesToMemoryAndNoCopyOfItsWordsStays() throws Exception {
        AtomicReference<String> key = new AtomicReference<>();
        try (Database db = Database.open(folder);
             LazyJournalSearch search = new LazyJournalSearch(
                     () -> key.get() == null ? Optional.of(folder.searchIndexDir()) : Optional.empty())) {
            JdbcJournalRepository journal = new JdbcJournalRepository(db, Clock.systemUTC());
            search.build(journal);
            assertThat(filesWithJournalText()).as("the test can fail: the index kept on disk holds the words")
                    .anyMatch(f -> f.startsWith("search-index"));

            EncryptionSettingsViewModel vm = new EncryptionSettingsViewModel(folder, db, key, new DirectTaskRunner(),
                    () -> backupDir, () -> search.keepInMemoryOnly(journal));
            vm.turnOn(PASS.toCharArray(), PASS.toCharArray(), true, EncryptionSettingsViewModel.BackupChoice.CONVERT);

            assertThat(vm.enabledProperty().get()).isTrue();
            assertThat(search.search(new JournalSearch.Request("quokka", null, null, null, null, 500)).hits())
                    .hasSize(300);
            search.onSaved(LocalDate.of(2021, 1, 1), Optional.of(new Entry(LocalDate.of(2021, 1, 1),
                    "QUOKKA-7319 once more", null, null, List.of(), List.of(), null, null)));
        }
        log.flush();
        assertThat(filesWithJournalText()).isEmpty();
        assertThat(folder.searchIndexDir()).doesNotExist();
    }

    @Test
    void theBackupsCanBeDeletedInsteadWhenThePersonChoosesSo() throws Exception {
        AtomicReference<String> key = new AtomicReference<>();
        try (Database db = Database.open(folder)) {
            EncryptionSettingsViewModel vm = new EncryptionSettingsViewModel(folder, db, key, new DirectTaskRunner(), () -> backupDir);
            vm.turnOn(PASS.toCharArray(), PASS.toCharArray(), true, EncryptionSettingsViewModel.BackupChoice.DELETE);
            assertThat(vm.messageProperty().get()).contains("4 earlier unencrypted backups were deleted");
        }
        assertThat(BackupEncryption.files(backupDir)).isEmpty();
        log.flush();
        assertThat(filesWithJournalText()).isEmpty();
    }

    @Test
    void changingThePassphraseReEncryptsTheBackupsAndTurningOffDecryptsOrKeepsThem() throws Exception {
        AtomicReference<String> key = new AtomicReference<>();
        try (Database db = Database.open(folder)) {
            EncryptionSettingsViewModel vm = new EncryptionSettingsViewModel(folder, db, key, new DirectTaskRunner(), () -> backupDir);
            vm.turnOn(PASS.toCharArray(), PASS.toCharArray(), true);
            String first = key.get();
            vm.change(PASS.toCharArray(), "battery staple twice".toCharArray(), "battery staple twice".toCharArray());
            assertThat(vm.messageProperty().get()).contains("4 backups were re-encrypted");
            assertThat(backups("2026-03-05").newestThatOpens(first)).isEmpty();
            assertThat(backups("2026-03-05").newestThatOpens(key.get())).isPresent();

            vm.turnOff("battery staple twice".toCharArray(), EncryptionSettingsViewModel.BackupChoice.CONVERT);
            assertThat(vm.messageProperty().get()).contains("4 backups were decrypted");
            for (Path b : BackupEncryption.files(backupDir)) {
                assertThat(BackupEncryption.isEncrypted(b)).isFalse();
            }
            assertThat(backups("2026-03-05").newestThatOpens(null)).isPresent();

            vm.turnOn(PASS.toCharArray(), PASS.toCharArray(), true);
            String last = key.get();
            vm.turnOff(PASS.toCharArray(), EncryptionSettingsViewModel.BackupChoice.KEEP);
            assertThat(vm.messageProperty().get()).contains("4 backups stay encrypted");
            assertThat(backups("2026-03-05").newestThatOpens(last)).isPresent();
            KeyFile kept = KeyFile.readFile(backupDir.resolve(EncryptionSettingsViewModel.KEPT_BACKUP_KEY));
            assertThat(kept.verify(kept.fileKey(PASS.toCharArray()))).isEqualTo(KeyFile.Verdict.MATCH);
            assertThat(KeyFile.read(dir)).isEmpty();
        }
    }
}
