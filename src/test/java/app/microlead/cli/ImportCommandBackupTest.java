package app.microlead.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.microlead.storage.DataFolder;
import app.microlead.storage.Preferences;
import app.microlead.storage.PreferencesStore;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command-line import makes the backup the docs promise, as the app does, and only for a sound file. */
class ImportCommandBackupTest {

    @TempDir
    Path dir;
    private String out;
    private String err;

    private int run(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
        try {
            return MicroleadCommand.run(args, d -> {
                throw new AssertionError("the app must not open for a command");
            });
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
            out = o.toString(StandardCharsets.UTF_8);
            err = e.toString(StandardCharsets.UTF_8);
        }
    }

    private static List<String> zips(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".zip")).toList();
        }
    }

    private Path jrnl() throws IOException {
        return Files.writeString(dir.resolve("journal.json"), "{\"entries\": [{\"date\": \"2026-03-01\", \"time\": \"09:00\","
                + " \"title\": \"Kick-off\", \"body\": \"Asked the team first.\", \"tags\": [\"@team\"]}]}");
    }

    @Test
    void anImportIsPrecededByABackupInTheDataFolder() throws Exception {
        Path data = dir.resolve("journal");
        assertThat(run("--data-dir", data.toString(), "import", "--format", "jrnl", jrnl().toString())).isZero();
        assertThat(zips(data.resolve("backups"))).singleElement().asString().endsWith("-before-import.zip");
        assertThat(out).contains("Backed up to").contains("1 day added");
    }

    @Test
    void theBackupGoesWhereSettingsSay() throws Exception {
        Path data = dir.resolve("journal");
        Path chosen = dir.resolve("elsewhere");
        DataFolder folder = DataFolder.open(data);
        Preferences p = new Preferences();
        p.setBackupDir(chosen.toString());
        new PreferencesStore(folder.preferencesFile()).save(p);
        assertThat(run("--data-dir", data.toString(), "import", "--format", "jrnl", jrnl().toString())).isZero();
        assertThat(zips(chosen)).singleElement().asString().endsWith("-before-import.zip");
        assertThat(zips(data.resolve("backups"))).isEmpty();
    }

    @Test
    void aRefusedFileChangesNothingAndNeedsNoBackup() throws Exception {
        Path data = dir.resolve("journal");
        Path bad = Files.writeString(dir.resolve("bad.json"), "{\"entries\": [{\"date\": \"+10000-01-01\"}]}");
        assertThat(run("--data-dir", data.toString(), "import", "--format", "jrnl", bad.toString())).isEqualTo(1);
        assertThat(err).contains("bad.json, entry 1").contains("0001-01-01 to 9999-12-31");
        assertThat(zips(data.resolve("backups"))).isEmpty();
    }
}
