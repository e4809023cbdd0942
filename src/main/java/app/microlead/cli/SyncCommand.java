package app.microlead.cli;

import app.microlead.storage.PreferencesStore;
import app.microlead.sync.Conflict;
import app.microlead.sync.RoundReport;
import app.microlead.sync.SyncBackup;
import app.microlead.sync.SyncEngine;
import app.microlead.sync.SyncException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code microlead sync [--folder DIR --passphrase-file FILE]}: one sync round, then exit (for a
 * headless computer or a cron job). The first time it sets the folder up, or joins it; later the
 * folder and key kept in the journal are used.
 */
@Command(name = "sync", mixinStandardHelpOptions = true,
        description = "Run one sync round with the sync folder and exit: this computer's changes are written to the"
                + " folder (encrypted), the other computers' changes are merged into the journal. The first time, give"
                + " the folder and the sync passphrase (--folder DIR --passphrase-file FILE); later 'microlead sync'"
                + " alone is enough; --status shows how sync stands. Exit code 0 when the round completed (files that could not be read yet are"
                + " listed and read at the next round), 1 with a reason otherwise.")
final class SyncCommand implements Callable<Integer> {

    /**
     * The help's words for the options every command takes that mean something else to sync: --passphrase-file is
     * the sync folder's passphrase, the journal's own is --journal-passphrase-file.
     */
    static final Map<String, String> INHERITED = Map.of(
            MicroleadCommand.PASSPHRASE_FILE, "The sync folder's passphrase, not the journal's: the first line of FILE."
                    + " Needed only with --folder.",
            "--passphrase-stdin", "An encrypted journal's passphrase: the first line of standard input. Without it or"
                    + " --journal-passphrase-file, a terminal asks for it.");

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @ParentCommand
    MicroleadCommand parent;

    @Option(names = "--folder", paramLabel = "DIR",
            description = "The sync folder (one that Syncthing, a cloud drive or a USB stick carries between computers)."
                    + " Needs --passphrase-file: the first line of FILE is the sync passphrase.")
    Path folder;

    private static final String JOURNAL_PASSPHRASE_FILE = "--journal-passphrase-file";

    @Option(names = JOURNAL_PASSPHRASE_FILE, paramLabel = "FILE",
            description = "An encrypted journal's own passphrase: the first line of FILE (--passphrase-file is the"
                    + " sync folder's).")
    Path journalPassphraseFile;

    @Option(names = "--status", description = "Show whether sync is set up here, the folder, the computers sharing it"
            + " and the days edited on two of them, without running a round.")
    boolean status;

    @Override
    public Integer call() {
        if (status && folder != null) {
            throw new CommandException("--status only shows how sync stands; set up with --folder DIR"
                    + " --passphrase-file FILE alone.");
        }
        if (folder != null && parent.passphraseFile == null) {
            throw new CommandException("Give the sync passphrase with --passphrase-file FILE (its first line) when"
                    + " you choose a folder.");
        }
        if (folder == null && parent.passphraseFile != null) {
            // an encrypted journal's passphrase, most likely, as other commands take it: it was ignored without a word
            throw new CommandException("With sync, --passphrase-file is the sync folder's passphrase, needed only with"
                    + " --folder; give an encrypted journal's own passphrase with --journal-passphrase-file FILE.");
        }
        if (folder == null) {
            // a status or a later round: only joining (--folder) may begin a journal here
            OpenJournal.requireJournal(parent.resolvedDataDir(), parent.dataDirNamedBy());
        }
        OpenJournal j = OpenJournal.open(parent.resolvedDataDir(), "sync",
                PassphraseInput.journal(JOURNAL_PASSPHRASE_FILE, journalPassphraseFile, parent.passphraseStdin));
        try (j) {
            SyncEngine engine = new SyncEngine(j.backend(), SyncBackup.deviceName(), SyncBackup.into(j.folder,
                    new PreferencesStore(j.folder.preferencesFile()).load().getBackupDir(), j.db, j.clock));
            if (status) {
                printStatus(engine);
                return 0;
            }
            if (folder != null) {
                char[] p = new PassphraseInput(MicroleadCommand.PASSPHRASE_FILE, parent.passphraseFile, false, System.in,
                        null).read(j.folder.root());
                try {
                    engine.setUp(folder, p);
                } finally {
                    Arrays.fill(p, '\0');
                }
            }
            RoundReport r = engine.round();
            System.out.println(r.summary());
            if (r.conflicts() > 0) {
                // "look at it in Settings → Sync" names no day, and a computer without the app has no Settings
                printConflicts(engine.conflicts());
            }
            r.problems().forEach(System.err::println);
            return 0;
        } catch (SyncException e) {
            throw new CommandException(e.getMessage());
        }
    }

    private static void printStatus(SyncEngine engine) {
        if (!engine.isSetUp()) {
            System.out.println("Sync is off: this journal is on this computer only. Set it up with microlead sync"
                    + " --folder DIR --passphrase-file FILE, or in the app: Settings \u2192 Sync.");
            return;
        }
        System.out.println("Syncing through " + engine.folder().map(Path::toString).orElse("?") + "; last synced "
                + engine.lastRound().map(SyncCommand::when).orElse("never") + ".");
        System.out.println("Computers sharing the folder:");
        for (SyncEngine.Device d : engine.devices()) {
            System.out.println("  " + d.name() + (d.thisOne() ? " (this computer)"
                    : ", last heard of " + (d.lastHeardOf() == null ? "never" : when(d.lastHeardOf()))));
        }
        List<Conflict> conflicts = engine.conflicts();
        if (conflicts.isEmpty()) {
            System.out.println("No day edited on two computers.");
        } else {
            printConflicts(conflicts);
        }
    }

    private static void printConflicts(List<Conflict> conflicts) {
        System.out.println("Edited on two computers (both texts are kept in the day, one after the other; edit the"
                + " day to one text, or keep one version in the app under Settings \u2192 Sync):");
        for (Conflict c : conflicts) {
            System.out.println("  " + c.day() + " (" + c.texts().size() + " versions)");
        }
    }

    /** A moment as this computer's clock shows it, to the minute. */
    private static String when(Instant at) {
        return WHEN.format(at.atZone(ZoneId.systemDefault()));
    }
}
