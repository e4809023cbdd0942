package app.microlead.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.microlead.journal.Entry;
import app.microlead.journal.JdbcJournalRepository;
import app.microlead.storage.DataFolder;
import app.microlead.storage.Database;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code microlead sync}: one round and exit, 0 when done, 1 with a one-line reason. */
class SyncCommandTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 30);

    @TempDir
    Path dir;

    @BeforeAll
    static void fastKeys() {
        System.setProperty("microlead.test.kdfIterations", "100000");
    }

    private Path journal(String name, String text) {
        Path data = dir.resolve(name);
        try (Database db = Database.open(DataFolder.open(data))) {
            new JdbcJournalRepository(db, Clock.systemUTC()).save(new Entry(DAY.minusDays(name.length()), text, null,
                    null, List.of(), List.of(), null, null));
        }
        return data;
    }

    private String textOf(Path data, LocalDate day) {
        try (Database db = Database.open(DataFolder.open(data))) {
            return new JdbcJournalRepository(db, Clock.systemUTC()).find(day).map(Entry::text).orElse(null);
        }
    }

    @Test
    void twoJournalsMeetThroughOneFolder() throws Exception {
        Path a = journal("a", "Written on the laptop.");
        Path b = journal("bb", "Written at home.");
        Path folder = dir.resolve("Sync");
        Path pass = Files.writeString(dir.resolve("pass.txt"), "correct horse battery staple\n");

        InProcess.Result first = InProcess.run("", "--data-dir", a.toString(), "sync", "--folder", folder.toString(),
                "--passphrase-file", pass.toString());
        assertThat(first.code()).as(first.err()).isZero();
        assertThat(first.out()).contains("Sent");
        InProcess.Result join = InProcess.run("", "--data-dir", b.toString(), "sync", "--folder", folder.toString(),
                "--passphrase-file", pass.toString());
        assertThat(join.code()).as(join.err()).isZero();
        InProcess.Result again = InProcess.run("", "--data-dir", a.toString(), "sync");
        assertThat(again.code()).as(again.err()).isZero();

        assertThat(textOf(b, DAY.minusDays(1))).isEqualTo("Written on the laptop.");
        assertThat(textOf(a, DAY.minusDays(2))).isEqualTo("Written at home.");
        assertThat(Files.list(b.resolve("backups")).map(p -> p.getFileName().toString()))
                .anyMatch(n -> n.contains("before-sync"));
    }

    @Test
    void theHelpSaysWhosePassphraseEachOptionIs() {
        for (String[] asked : List.of(new String[] {"sync", "--help"}, new String[] {"help", "sync"})) {
            InProcess.Result help = InProcess.run("", asked);
            assertThat(help.code()).isZero();
            // --passphrase-file was described as every command has it: "An encrypted journal's passphrase"
            String said = help.out().replaceAll("\\s+", " ");
            assertThat(said).contains("--passphrase-file=FILE The sync folder's passphrase, not the journal's")
                    .contains("--journal-passphrase-file=FILE An encrypted journal's own passphrase")
                    .contains("--passphrase-stdin An encrypted journal's passphrase: the first line of standard input."
                            + " Without it or --journal-passphrase-file, a terminal asks for it.");
        }
        // the other commands keep the words every command has
        InProcess.Result stats = InProcess.run("", "stats", "--help");
        assertThat(stats.out().replaceAll("\\s+", " "))
                .contains("--passphrase-file=FILE An encrypted journal's passphrase: the first line of FILE.");
    }

    @Test
    void aWrongPassphraseOrNoSetUpExitsWithOneLine() throws Exception {
        Path a = journal("a", "Laptop.");
        Path b = journal("bb", "Home.");
        Path folder = dir.resolve("Sync");
        Path pass = Files.writeString(dir.resolve("pass.txt"), "the right passphrase\n");
        Path wrong = Files.writeString(dir.resolve("wrong.txt"), "not it\n");
        assertThat(InProcess.run("", "--data-dir", a.toString(), "sync", "--folder", folder.toString(),
                "--passphrase-file", pass.toString()).code()).isZero();

        InProcess.Result r = InProcess.run("", "--data-dir", b.toString(), "sync", "--folder", folder.toString(),
                "--passphrase-file", wrong.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err().strip()).doesNotContain("\n").contains("not the passphrase of this sync folder");
        assertThat(textOf(b, DAY.minusDays(1))).isNull();

        InProcess.Result alone = InProcess.run("", "--data-dir", b.toString(), "sync");
        assertThat(alone.code()).isEqualTo(1);
        assertThat(alone.err()).contains("Sync is not set up on this computer");
    }

    @Test
    void aDayEditedOnTwoComputersIsNamedAndStatusShowsHowSyncStands() throws Exception {
        Path a = dir.resolve("a");
        Path b = dir.resolve("b");
        for (Path data : List.of(a, b)) {
            try (Database db = Database.open(DataFolder.open(data))) {
                new JdbcJournalRepository(db, Clock.systemUTC()).save(new Entry(DAY, "Written on " + data.getFileName()
                        + ".", null, null, List.of(), List.of(), null, null));
            }
        }
        Path folder = dir.resolve("Sync");
        Path pass = Files.writeString(dir.resolve("pass.txt"), "correct horse battery staple\n");

        InProcess.Result off = InProcess.run("", "--data-dir", b.toString(), "sync", "--status");
        assertThat(off.code()).as(off.err()).isZero();
        assertThat(off.out()).startsWith("Sync is off: this journal is on this computer only.");

        assertThat(InProcess.run("", "--data-dir", a.toString(), "sync", "--folder", folder.toString(),
                "--passphrase-file", pass.toString()).code()).isZero();
        InProcess.Result join = InProcess.run("", "--data-dir", b.toString(), "sync", "--folder", folder.toString(),
                "--passphrase-file", pass.toString());
        assertThat(join.code()).as(join.err()).isZero();
        // it said "look at it in Settings → Sync", naming no day, on a computer that may have no app
        assertThat(join.out()).contains("1 day was edited on two computers").contains("  " + DAY + " (2 versions)");

        InProcess.Result status = InProcess.run("", "--data-dir", b.toString(), "sync", "--status");
        assertThat(status.code()).as(status.err()).isZero();
        assertThat(status.out()).contains("Syncing through " + folder.toRealPath() + "; last synced ")
                .contains("(this computer)").contains(", last heard of ").contains("  " + DAY + " (2 versions)");

        InProcess.Result both = InProcess.run("", "--data-dir", b.toString(), "sync", "--status", "--folder",
                folder.toString(), "--passphrase-file", pass.toString());
        assertThat(both.code()).isEqualTo(1);
        assertThat(both.err()).contains("--status only shows how sync stands");
    }
}
