package app.microlead.cli;

import static app.microlead.common.I18n.t;

import app.microlead.assessment.JdbcAssessmentRepository;
import app.microlead.assessment.QuestionBank;
import app.microlead.backend.Backend;
import app.microlead.export.ArchiveService;
import app.microlead.habits.HabitService;
import app.microlead.habits.JdbcHabitRepository;
import app.microlead.journal.JdbcJournalRepository;
import app.microlead.journal.JdbcPromptRepository;
import app.microlead.review.JdbcWeeklyReviewRepository;
import app.microlead.security.EncryptedJournal;
import app.microlead.storage.Conversion;
import app.microlead.storage.DataFolder;
import app.microlead.storage.Database;
import app.microlead.storage.InstanceLock;
import app.microlead.storage.KeyFile;
import app.microlead.storage.Logs;
import app.microlead.storage.PreferencesStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Function;

/** The journal opened for a command: the same repositories and services the app uses. */
final class OpenJournal implements AutoCloseable {

    final DataFolder folder;
    final Database db;
    final Clock clock = Clock.systemDefaultZone();
    final JdbcJournalRepository journal;
    final JdbcPromptRepository prompts;
    final JdbcHabitRepository habitRepo;
    final HabitService habits;
    final JdbcAssessmentRepository assessments;
    final JdbcWeeklyReviewRepository reviews;
    /** Read the first time a command asks ({@link #bank()}): most commands never need it. */
    private QuestionBank bank;
    /** Whether the journal file is encrypted (nothing of its content may be written beside it). */
    final boolean encrypted;
    private final InstanceLock lock;

    private final Backend backend;

    private OpenJournal(DataFolder folder, InstanceLock lock, Database db, boolean encrypted) {
        this.folder = folder;
        this.encrypted = encrypted;
        this.lock = lock;
        this.db = db;
        backend = new Backend(db, clock, MicroleadCommand.appVersion());
        journal = backend.journal();
        prompts = backend.prompts();
        habitRepo = backend.habitRepository();
        habits = backend.habits();
        assessments = backend.assessments();
        reviews = backend.reviews();
    }

    /**
     * Opens the journal for the command {@code command}, refusing while the app or another command has it
     * open; an encrypted journal is unlocked with the passphrase from {@code passphrase}. The command's
     * log records go to the data folder's log file.
     */
    static OpenJournal open(Path dataDir, String command, PassphraseInput passphrase) {
        return open(dataDir, command, passphrase, folder -> () -> { });
    }

    /**
     * As {@link #open(Path, String, PassphraseInput)}; {@code whilePlainOpens} is handed the data folder of an
     * unencrypted journal, after the lock is taken and just before its database is opened, to start work that
     * can run beside the opening (it must not wait for it). It returns what lets go of that work, run when the
     * journal then does not open, before the lock is released.
     */
    static OpenJournal open(Path dataDir, String command, PassphraseInput passphrase,
                            Function<DataFolder, Runnable> whilePlainOpens) {
        DataFolder folder = DataFolder.open(dataDir);
        Logs.init(folder.logsDir());
        InstanceLock lock = InstanceLock.tryAcquire(folder.lockFile(), command)
                .orElseThrow(() -> new CommandException(busy(folder)));
        Runnable letGo = () -> { };
        try {
            Conversion.recover(folder); // an interrupted encrypt, re-key or decrypt
            Database db;
            boolean encrypted = KeyFile.read(folder.root()).isPresent();
            if (encrypted) {
                db = EncryptedJournal.open(folder, passphrase.read(folder.root())).database(); // wipes the passphrase
            } else {
                EncryptedJournal.checkNotEncrypted(folder);
                letGo = whilePlainOpens.apply(folder);
                db = Database.open(folder);
            }
            db.onDiskTrouble(warnOnce());
            if (db.openedEarlierThanLastClose()) {
                System.err.println("microlead: warning: " + t("storage.open.earlier", backupFolder(folder)));
                db.tellEarlierStateAgainNextTime(); // the app says it again, in a dialog
            }
            return new OpenJournal(folder, lock, db, encrypted);
        } catch (RuntimeException | Error e) {
            try {
                letGo.run();
            } finally {
                lock.close();
            }
            throw e;
        }
    }

    /**
     * Refuses a folder that holds no journal, for a command that only reads one: without this a mistyped folder
     * became a new, empty journal whose "0 days" looked like the user's.
     *
     * @param namedBy what named the folder ("--data-dir", "MICROLEAD_HOME"), or null for the usual folder
     */
    static void requireJournal(Path dataDir, String namedBy) {
        if (Files.isRegularFile(dataDir.resolve(Conversion.DB_FILE))) {
            return;
        }
        String where;
        if (Files.isDirectory(dataDir)) {
            where = Files.isReadable(dataDir) ? "There is no journal in " + dataDir
                    : dataDir + " cannot be read by this user account, so no journal is found there";
        } else {
            where = Files.exists(dataDir) ? dataDir + " is a file, not a folder" : "There is no folder " + dataDir;
        }
        throw new CommandException(where + (namedBy != null
                ? ". Check the path " + namedBy + " gives (the folder that holds microlead.mv.db); without it the"
                        + " usual folder is used."
                : ". Start Microlead once to begin a journal, or name its folder with --data-dir."));
    }

    /**
     * A commit the disk did not confirm: said on the error stream once a command (the command goes on; what it
     * wrote is stored), not for each of the thousands of writes an import or a generation makes.
     */
    private static Consumer<String> warnOnce() {
        AtomicBoolean said = new AtomicBoolean();
        return sentence -> {
            if (sentence != null && said.compareAndSet(false, true)) {
                System.err.println("microlead: warning: " + sentence);
            }
        };
    }

    /** Where the backups are, as Settings chose; the data folder's when the choice cannot be read. */
    private static Path backupFolder(DataFolder folder) {
        try {
            return new PreferencesStore(folder.preferencesFile()).load().backupFolder()
                    .orElse(folder.root().resolve("backups"));
        } catch (RuntimeException e) {
            return folder.root().resolve("backups");
        }
    }

    private static String busy(DataFolder folder) {
        return InstanceLock.holder(folder.lockFile())
                .map(h -> h.isApp()
                        ? "Microlead is open with this journal; close the app first, then run the command again."
                        : "Another Microlead command (" + h.command() + ") is working on this journal; it will be"
                                + " free when that command ends. Run this one again then.")
                .orElse("Microlead or one of its commands has this journal open; run the command again when it has"
                        + " closed.");
    }

    /** The assessment's question bank, read once. */
    QuestionBank bank() {
        if (bank == null) {
            bank = QuestionBank.load();
        }
        return bank;
    }

    Backend backend() {
        return backend;
    }

    ArchiveService archive() {
        return backend.archive();
    }

    @Override
    public void close() {
        db.close();
        lock.close();
    }
}
