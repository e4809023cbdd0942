package app.microlead.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.microlead.backup.BackupEncryption;
import app.microlead.backup.Backups;
import app.microlead.common.I18n;
import app.microlead.security.EncryptedJournal;
import app.microlead.security.WrongPassphraseException;
import app.microlead.storage.Conversion;
import app.microlead.storage.DataFolder;
import app.microlead.storage.Database;
import app.microlead.storage.KeyFile;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A child process converting the journal (encrypt, change the passphrase, decrypt, in turn) is
 * SIGKILLed at random moments of its conversion, at least 20 times. After every kill the next start
 * leaves the old state or the new one — never a mix — which opens with its passphrase and refuses a
 * wrong one, with no work copy left, and while the journal is encrypted no file in the data folder
 * holds its text. The moments are drawn from the length of an uninterrupted conversion measured in
 * the same run, so the test does not depend on the machine's speed.
 */
class ConversionKillTest {

    private static final String MARKER = "PANGOLIN-4471";
    private static final int ENTRIES = 1500;

    @TempDir
    Path dir;

    private enum State { PLAIN, FIRST, SECOND }

    private static State next(State s) {
        return State.values()[(s.ordinal() + 1) % 3];
    }

    @Test
    void conversionsKilledAtRandomLeaveTheOldOrTheNewStateAndNoPlaintext() throws Exception {
        I18n.setLocale(Locale.ENGLISH);
        // the smallest work factor a key file may have: the test derives keys some 200 times
        System.setProperty(ITERATIONS_PROPERTY, String.valueOf(KeyFile.MIN_ITERATIONS));
        try {
            killLoop();
        } finally {
            System.clearProperty(ITERATIONS_PROPERTY);
        }
    }

    private static final String ITERATIONS_PROPERTY = "microlead.test.kdfIterations";

    private void killLoop() throws Exception {
        DataFolder folder = DataFolder.open(dir);
        try (Database db = Database.open(folder)) {
            db.transaction(() -> {
                for (int i = 1; i <= ENTRIES; i++) {
                    int day = i;
                    db.write(c -> c.createStatement().executeUpdate("INSERT INTO entry (entry_date, body, created_at, updated_at)"
                            + " VALUES (DATE '2000-01-01' + " + day + ", '" + MARKER + " " + "reflection ".repeat(100)
                            + "', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)"));
                }
                return null;
            });
            new Backups(folder, dir.resolve("backups"), Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC))
                    .backup(db, "daily");
        }
        Random random = new Random(20261203);
        State state = State.PLAIN;
        long window = -1;
        int kills = 0;
        int rounds = 0;
        for (int round = 0; kills < 20 && round < 80; round++, rounds++) {
            Run run = runChild(window < 0 ? -1 : random.nextInt((int) Math.max(1, window)));
            if (window < 0) {
                assertThat(run.finished).as("the uninterrupted first conversion finished").isTrue();
                window = run.millis;
            }
            if (!run.finished) {
                kills++;
            }
            State now = checkNextStart(folder, kills);
            assertThat(now).as("after round %d (kill %d) the state is the old or the new one", round, kills)
                    .isIn(state, next(state));
            if (run.finished) {
                assertThat(now).isEqualTo(next(state));
            }
            state = now;
        }
        assertThat(kills).isGreaterThanOrEqualTo(20);
        System.out.println("ConversionKillTest: " + kills + " kills in " + rounds + " rounds; a conversion took " + window + " ms");
    }

    private record Run(boolean finished, long millis) {
    }

    /** Starts a conversion; kills it {@code killAfterMillis} after it began (never, if negative). */
    private Run runChild(long killAfterMillis) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-cp",
                System.getProperty("java.class.path"), "-Duser.language=en",
                "-D" + ITERATIONS_PROPERTY + "=" + KeyFile.MIN_ITERATIONS, ConvertingMain.class.getName(), dir.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        AtomicLong started = new AtomicLong();
        AtomicLong done = new AtomicLong();
        Thread reader = new Thread(() -> {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = out.readLine()) != null; ) {
                    if (line.equals("START")) {
                        started.set(System.nanoTime());
                    } else if (line.startsWith("DONE")) {
                        done.set(System.nanoTime());
                    }
                }
            } catch (Exception ignored) {
                // killed
            }
        });
        reader.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (started.get() == 0 && p.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(2);
        }
        assertThat(started.get()).as("the child began its conversion").isNotZero();
        if (killAfterMillis >= 0) {
            Thread.sleep(killAfterMillis);
            p.destroyForcibly();
        }
        assertThat(p.waitFor(180, TimeUnit.SECONDS)).isTrue();
        reader.join(10_000);
        boolean finished = done.get() != 0;
        if (killAfterMillis < 0) {
            assertThat(p.exitValue()).isZero();
        }
        return new Run(finished, finished ? (done.get() - started.get()) / 1_000_000 : -1);
    }

    /** What the next start finds; checks it opens with its passphrase only and leaves no plaintext copy. */
    private State checkNextStart(DataFolder folder, int kill) throws Exception {
        Conversion.recover(folder);
        Conversion.deleteWorkFiles(dir.resolve("backups"));
        for (Path d : List.of(dir, dir.resolve("backups"))) {
            try (Stream<Path> s = Files.list(d)) {
                assertThat(s.map(p -> p.getFileName().toString())).as("kill %d: work files in %s", kill, d)
                        .noneMatch(n -> n.startsWith(".convert") || n.startsWith(".reencrypt") || n.endsWith(".tmp")
                                || n.endsWith(".restoring") || n.endsWith(".key.new") || n.equals("microlead.convert.json"));
            }
        }
        Path db = dir.resolve("microlead.mv.db");
        Optional<KeyFile> key = KeyFile.read(dir);
        if (key.isEmpty()) {
            assertThat(Conversion.isEncrypted(db)).as("kill %d: no key file, so a plain journal", kill).isFalse();
            try (Database d = Database.open(folder)) {
                assertThat(entries(d)).isEqualTo(ENTRIES);
            }
            return State.PLAIN;
        }
        assertThat(Conversion.isEncrypted(db)).as("kill %d: a key file, so an encrypted journal", kill).isTrue();
        KeyFile k = key.get();
        boolean first = k.verify(k.fileKey(ConvertingMain.FIRST.toCharArray())) == KeyFile.Verdict.MATCH;
        boolean second = k.verify(k.fileKey(ConvertingMain.SECOND.toCharArray())) == KeyFile.Verdict.MATCH;
        assertThat(first ^ second).as("kill %d: exactly one passphrase is the key file's", kill).isTrue();
        String right = first ? ConvertingMain.FIRST : ConvertingMain.SECOND;
        String other = first ? ConvertingMain.SECOND : ConvertingMain.FIRST;
        assertThatThrownBy(() -> EncryptedJournal.open(folder, other.toCharArray())).isInstanceOf(WrongPassphraseException.class);
        EncryptedJournal.Opened o = EncryptedJournal.open(folder, right.toCharArray());
        try (Database d = o.database()) {
            assertThat(entries(d)).isEqualTo(ENTRIES);
            // as the app does once unlocked: backups an interrupted "turn on" had not reached yet
            BackupEncryption.encryptLeftovers(dir.resolve("backups"), o.fileKey());
        }
        assertThat(filesWithMarker()).as("kill %d: journal text in a file while encrypted", kill).isEmpty();
        return first ? State.FIRST : State.SECOND;
    }

    private static long entries(Database d) {
        return d.read(c -> {
            try (ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM entry")) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    private List<Path> filesWithMarker() throws Exception {
        List<Path> found = new ArrayList<>();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                boolean hit = new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1).contains(MARKER);
                if (!hit && p.toString().endsWith(".zip")) {
                    try (ZipInputStream z = new ZipInputStream(Files.newInputStream(p))) {
                        for (ZipEntry e = z.getNextEntry(); e != null && !hit; e = z.getNextEntry()) {
                            ByteArrayOutputStream out = new ByteArrayOutputStream();
                            z.transferTo(out);
                            hit = out.toString(StandardCharsets.ISO_8859_1).contains(MARKER);
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
