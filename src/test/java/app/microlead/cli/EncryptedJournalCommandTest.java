package app.microlead.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.microlead.journal.Entry;
import app.microlead.journal.JdbcJournalRepository;
import app.microlead.storage.DataFolder;
import app.microlead.storage.Database;
import app.microlead.storage.KeyFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commands on an encrypted journal: the passphrase from a file or standard input, never an argument. */
class EncryptedJournalCommandTest {

    private static final String PASSPHRASE = "correct horse battery";

    @TempDir
    Path dir;
    private Path data;
    private String out;
    private String err;

    @BeforeEach
    void encryptedJournal() {
        data = dir.resolve("journal");
        DataFolder folder = DataFolder.open(data);
        KeyFile k = KeyFile.create();
        k.write(data);
        try (Database db = Database.open(folder)) {
            new JdbcJournalRepository(db, Clock.systemUTC()).save(new Entry(LocalDate.of(2026, 3, 4),
                    "Asked Priya what she hopes to learn this year.", 4, 3, List.of(), List.of(), null, null));
            db.changeEncryption(folder, null, k.fileKey(PASSPHRASE.toCharArray()));
        }
    }

    private int run(String stdin, String... args) {
        InProcess.Result r = InProcess.run(stdin, args);
        out = r.out();
        err = r.err();
        return r.code();
    }

    @Test
    void theRightPassphraseFromAFileOpensIt() throws Exception {
        Path file = Files.writeString(dir.resolve("pass.txt"), PASSPHRASE + "\n");
        assertThat(run("", "--data-dir", data.toString(), "search", "hopes", "--passphrase-file", file.toString())).isZero();
        assertThat(out).contains("2026-03-04").contains("1 day found");
        // also before the command's name
        assertThat(run("", "--data-dir", data.toString(), "--passphrase-file", file.toString(), "stats")).isZero();
        assertThat(out).contains("Days written: 1");
    }

    @Test
    void searchingAnEncryptedJournalWritesNoIndexBesideIt() throws Exception {
        Path file = Files.writeString(dir.resolve("pass.txt"), PASSPHRASE + "\n");
        assertThat(run("", "--data-dir", data.toString(), "search", "hopes", "--passphrase-file", file.toString())).isZero();
        assertThat(out).contains("1 day found");
        assertThat(DataFolder.open(data).searchIndexDir()).doesNotExist();
    }

    @Test
    void encryptingAJournalRemovesTheIndexTheCommandLineKeptOfIt() {
        Path plain = dir.resolve("plain");
        DataFolder folder = DataFolder.open(plain);
        try (Database db = Database.open(folder)) {
            new JdbcJournalRepository(db, Clock.systemUTC()).save(new Entry(LocalDate.of(2026, 3, 5),
                    "Thanked Omar for the careful review.", null, null, List.of(), List.of(), null, null));
        }
        assertThat(run("", "--data-dir", plain.toString(), "search", "careful")).isZero();
        assertThat(folder.searchIndexDir()).isDirectory();

        KeyFile k = KeyFile.create();
        k.write(plain);
        try (Database db = Database.open(folder)) {
            db.changeEncryption(folder, null, k.fileKey(PASSPHRASE.toCharArray()));
        }
        assertThat(folder.searchIndexDir()).doesNotExist();
    }

    @Test
    void theRightPassphraseFromStandardInputOpensIt() {
        assertThat(run(PASSPHRASE + "\n", "--data-dir", data.toString(), "stats", "--passphrase-stdin")).isZero();
        assertThat(out).contains("Days written: 1");
    }

    @Test
    void aWrongPassphraseIsNamedAsSuchAndNothingOpens() throws Exception {
        Path file = Files.writeString(dir.resolve("pass.txt"), "wrong horse battery\n");
        assertThat(run("", "--data-dir", data.toString(), "stats", "--passphrase-file", file.toString())).isEqualTo(1);
        assertThat(err.strip()).startsWith("microlead: ").contains("passphrase does not match").doesNotContain("damaged");
        assertThat(err.strip().lines()).hasSize(1);
        assertThat(run("wrong\n", "--data-dir", data.toString(), "stats", "--passphrase-stdin")).isEqualTo(1);
        assertThat(err).contains("passphrase does not match");
    }

    @Test
    void withoutAPassphraseAndNoTerminalItSaysHowToGiveOne() {
        assertThat(run("", "--data-dir", data.toString(), "export", "json", "--out", dir.resolve("a.json").toString()))
                .isEqualTo(1);
        assertThat(err).contains("This journal is encrypted").contains("--passphrase-file").contains("--passphrase-stdin")
                .doesNotContain("damaged").doesNotContain("backup");
        assertThat(dir.resolve("a.json")).doesNotExist();
    }

    @Test
    void emptyOrMissingPassphraseSourcesAreNamed() throws Exception {
        Path empty = Files.writeString(dir.resolve("empty.txt"), "\n");
        assertThat(run("", "--data-dir", data.toString(), "stats", "--passphrase-file", empty.toString())).isEqualTo(1);
        assertThat(err).contains("is empty");
        assertThat(run("", "--data-dir", data.toString(), "stats", "--passphrase-file", dir.resolve("nope").toString()))
                .isEqualTo(1);
        assertThat(err).contains("does not exist");
        assertThat(run("", "--data-dir", data.toString(), "stats", "--passphrase-stdin")).isEqualTo(1);
        assertThat(err).contains("No passphrase came on standard input");
        assertThat(run(PASSPHRASE, "--data-dir", data.toString(), "stats", "--passphrase-stdin", "--passphrase-file",
                empty.toString())).isEqualTo(1);
        assertThat(err).contains("one way");
    }

    @Test
    void syncTakesTheJournalsPassphraseFromItsOwnOptionAndSaysSo() throws Exception {
        Path file = Files.writeString(dir.resolve("pass.txt"), PASSPHRASE + "\n");
        // with sync, --passphrase-file is the sync folder's passphrase: given alone it was ignored without a word
        assertThat(run("", "--data-dir", data.toString(), "sync", "--passphrase-file", file.toString())).isEqualTo(1);
        assertThat(err.strip()).doesNotContain("\n").contains("--passphrase-file is the sync folder's passphrase")
                .contains("--journal-passphrase-file");
        // without a passphrase the journal's own option is named, not the sync folder's
        assertThat(run("", "--data-dir", data.toString(), "sync")).isEqualTo(1);
        assertThat(err).contains("This journal is encrypted").contains("--journal-passphrase-file FILE or"
                + " --passphrase-stdin");
        assertThat(run("", "--data-dir", data.toString(), "sync", "--journal-passphrase-file", file.toString(),
                "--passphrase-stdin")).isEqualTo(1);
        assertThat(err).contains("Give the journal's passphrase one way: --journal-passphrase-file or"
                + " --passphrase-stdin, not both.");
        // the journal opens with its own: sync is not set up yet
        assertThat(run("", "--data-dir", data.toString(), "sync", "--journal-passphrase-file", file.toString()))
                .isEqualTo(1);
        assertThat(err).contains("Sync is not set up on this computer");
    }

    @Test
    void thereIsNoOptionThatTakesThePassphraseItself() {
        assertThat(run("", "--data-dir", data.toString(), "stats", "--passphrase", PASSPHRASE)).isEqualTo(2);
    }
}
