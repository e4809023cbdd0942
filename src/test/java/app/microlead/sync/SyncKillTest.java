package app.microlead.sync;

import static org.assertj.core.api.Assertions.assertThat;

import app.microlead.backend.Backend;
import app.microlead.journal.Entry;
import app.microlead.people.Person;
import app.microlead.storage.DataFolder;
import app.microlead.storage.Database;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A computer SIGKILLed in the middle of sync rounds, again and again: after every kill its journal
 * opens and holds every day it had saved, and every file it put into the folder under a final name
 * is whole and authentic; the next round finishes the work, and in the end both computers hold the
 * same journal. The kill moments are drawn from the length of an uninterrupted round measured in the
 * same run, so the test does not depend on the machine's speed.
 */
class SyncKillTest {

    static final int EDITS_PER_RUN = 40;
    private static final int KILLS = 10;
    private static final LocalDate FIRST_DAY = LocalDate.of(2020, 1, 1);
    private static final String SECRET = "kill me softly";

    static LocalDate dayOfB(int run, int i) {
        return FIRST_DAY.plusDays(600 + (run * 7L + i * 13L) % 900); // never a day a writes
    }

    static String textOfB(int run, int i) {
        return "Run " + run + ", note " + i + " written on b.";
    }

    @TempDir
    Path dir;

    @Test
    void killedRoundsLeaveBothTheJournalAndTheFolderWholeAndTheNextRoundFinishes() throws Exception {
        String bDevice;
        try (TestDevice a = new TestDevice(dir, "a", Instant.parse("2026-12-01T18:00:00Z"));
             TestDevice b = new TestDevice(dir, "b", Instant.parse("2026-12-01T18:00:30Z"))) {
            for (int i = 0; i < 600; i++) {
                a.backend.journal().save(new Entry(FIRST_DAY.plusDays(i),
                        "Day " + i + " on a. " + "Reflection on the team. ".repeat(20), 3, 4, List.of("team"), List.of(),
                        null, null));
            }
            a.backend.people().add(Person.named("Ana", FIRST_DAY));
            a.setUp(SECRET);
            a.round();
            copyAll(a.folder, b.folder);
            b.setUp(SECRET);
            bDevice = b.engine.deviceId();
        }
        Random random = new Random(20261204);
        List<Integer> finishedRuns = new ArrayList<>();
        long window = -1;
        int kills = 0;
        int run = 0;
        for (; kills < KILLS && run < 60; run++) {
            // a keeps writing, so every round of b has files to merge
            try (TestDevice a = new TestDevice(dir, "a", Instant.parse("2026-12-01T19:00:00Z").plusSeconds(3600L * run))) {
                for (int i = 0; i < 30; i++) {
                    a.write(FIRST_DAY.plusDays((run * 31L + i) % 600), "Edited on a in run " + run + ", " + i + ".");
                }
                a.round();
            }
            copyAll(dir.resolve("a-sync"), dir.resolve("b-sync"));
            Run r = runChild(run, window < 0 ? -1 : random.nextLong(Math.max(1, window)));
            if (window < 0) {
                assertThat(r.finished).as("the uninterrupted first round finished").isTrue();
                window = r.millis;
            }
            if (!r.finished) {
                kills++;
            } else if (r.millis > 0) {
                // a round quicker than the first (which a busy machine can slow down) narrows the window the kills
                // are drawn from: else they came after most rounds had finished
                window = Math.min(window, r.millis);
            }
            finishedRuns.add(run);
            checkAfter(run, bDevice);
        }
        assertThat(kills).as("kills during a round").isGreaterThanOrEqualTo(KILLS);

        // the next rounds finish the work: both computers end with the same journal
        try (TestDevice a = new TestDevice(dir, "a", Instant.parse("2026-12-09T10:00:00Z"));
             TestDevice b = new TestDevice(dir, "b", Instant.parse("2026-12-09T10:00:05Z"))) {
            b.round();
            copyAll(b.folder, a.folder);
            a.round();
            copyAll(a.folder, b.folder);
            b.round();
            assertThat(b.export()).isEqualTo(a.export());
            assertThat(b.people()).isEqualTo(a.people()).hasSize(1);
            for (int done : finishedRuns) {
                for (int i = 0; i < EDITS_PER_RUN; i++) {
                    // a later run of b may have written the same day again
                    assertThat(a.text(dayOfB(done, i))).as("b's day %s of run %d reached a", dayOfB(done, i), done)
                            .startsWith("Run ").endsWith("written on b.");
                }
            }
        }
        System.out.println("SyncKillTest: " + kills + " kills in " + run + " runs; an uninterrupted round took " + window + " ms");
    }

    /** After a run of b, killed or not: b's journal opens with all it saved, and b's files in the folder are whole. */
    private void checkAfter(int run, String bDevice) throws IOException {
        try (Database db = Database.open(DataFolder.open(dir.resolve("b-data")))) {
            var journal = new Backend(db, Clock.systemUTC(), "test").journal();
            for (int i = 0; i < EDITS_PER_RUN; i++) {
                assertThat(journal.find(dayOfB(run, i))).as("run %d: b's day %d saved before the round", run, i)
                        .hasValueSatisfying(e -> assertThat(e.text()).isNotEmpty());
            }
            byte[] key = new SyncSettings(new SyncStore(db)).key();
            Inbox.Read read = Inbox.read(new SyncFolder(dir.resolve("b-sync")), key, Set.of());
            assertThat(read.problems()).as("run %d: every file in the folder is whole and authentic", run).isEmpty();
            assertThat(read.files()).as("run %d: b's own files are read too", run)
                    .anyMatch(f -> f.ref().device().equals(bDevice));
        }
    }

    private record Run(boolean finished, long millis) {
    }

    private Run runChild(int run, long killAfterMillis) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-cp",
                System.getProperty("java.class.path"), "-Duser.language=en", SyncKillChild.class.getName(),
                dir.toString(), String.valueOf(run)).redirectErrorStream(true).start();
        AtomicLong started = new AtomicLong();
        AtomicLong done = new AtomicLong();
        StringBuilder output = new StringBuilder();
        Thread reader = new Thread(() -> {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = out.readLine()) != null; ) {
                    if (line.equals("START")) {
                        started.set(System.nanoTime());
                    } else if (line.equals("DONE")) {
                        done.set(System.nanoTime());
                    } else if (output.length() < 20_000) {
                        output.append(line).append('\n');
                    }
                }
            } catch (IOException ignored) {
                // killed
            }
        });
        reader.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (started.get() == 0 && p.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(2);
        }
        assertThat(started.get()).as("run %d: the child saved its days and began its round; it said:%n%s", run, output)
                .isNotZero();
        if (killAfterMillis >= 0) {
            Thread.sleep(killAfterMillis);
            p.destroyForcibly();
        }
        assertThat(p.waitFor(180, TimeUnit.SECONDS)).isTrue();
        reader.join(10_000);
        boolean finished = done.get() != 0;
        if (killAfterMillis < 0) {
            assertThat(p.exitValue()).as("run %d: the child said:%n%s", run, output).isZero();
        }
        return new Run(finished, finished ? (done.get() - started.get()) / 1_000_000 : -1);
    }

    /** Copies the files of one copy of the folder that the other lacks (whole files, as a sync service would in the end). */
    private static void copyAll(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                if (f.getFileName().toString().startsWith(".")) {
                    continue; // being written
                }
                Path target = to.resolve(from.relativize(f));
                if (!Files.exists(target)) {
                    Files.createDirectories(target.getParent());
                    Files.copy(f, target);
                }
            }
        }
    }
}
