package app.microlead.cli;

import app.microlead.storage.PreferencesStore;
import app.microlead.sync.RoundReport;
import app.microlead.sync.SyncBackup;
import app.microlead.sync.SyncEngine;
import app.microlead.sync.SyncException;
import java.nio.file.Path;
import java.util.Arrays;
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
                + " alone is enough. Exit code 0 when the round completed (files that could not be read yet are"
                + " listed and read at the next round), 1 with a reason otherwise.")
final class SyncCommand implements Callable<Integer> {

    @ParentCommand
    MicroleadCommand parent;

    @Option(names = "--folder", paramLabel = "DIR",
            description = "The sync folder (one that Syncthing, a cloud drive or a USB stick carries between computers)."
                    + " Needs --passphrase-file: the first line of FILE is the sync passphrase.")
    Path folder;

    @Option(names = "--journal-passphrase-file", paramLabel = "FILE",
            description = "An encrypted journal's own passphrase: the first line of FILE (with sync, --passphrase-file"
                    + " is the sync passphrase).")
    Path journalPassphraseFile;

    @Override
    public Integer call() {
        if (folder != null && parent.passphraseFile == null) {
            throw new CommandException("Give the sync passphrase with --passphrase-file FILE (its first line) when"
                    + " you choose a folder.");
        }
        OpenJournal j = OpenJournal.open(parent.resolvedDataDir(), "sync",
                new PassphraseInput(journalPassphraseFile, parent.passphraseStdin, System.in, System.console()));
        try (j) {
            SyncEngine engine = new SyncEngine(j.backend(), SyncBackup.deviceName(), SyncBackup.into(j.folder,
                    new PreferencesStore(j.folder.preferencesFile()).load().getBackupDir(), j.db, j.clock));
            if (folder != null) {
                char[] p = new PassphraseInput(parent.passphraseFile, false, System.in, null).read(j.folder.root());
                try {
                    engine.setUp(folder, p);
                } finally {
                    Arrays.fill(p, '\0');
                }
            }
            RoundReport r = engine.round();
            System.out.println(r.summary());
            r.problems().forEach(System.err::println);
            return 0;
        } catch (SyncException e) {
            throw new CommandException(e.getMessage());
        }
    }
}
