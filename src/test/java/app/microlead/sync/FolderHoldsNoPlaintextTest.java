package app.microlead.sync;

import static org.assertj.core.api.Assertions.assertThat;

import app.microlead.common.Pillar;
import app.microlead.habits.CheckIn;
import app.microlead.habits.Habit;
import app.microlead.habits.Schedule;
import app.microlead.journal.Entry;
import app.microlead.people.OneOnOne;
import app.microlead.people.Person;
import app.microlead.people.Promise;
import app.microlead.review.WeeklyReview;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The folder only ever holds ciphertext: a distinctive word in every kind of synced record is found
 * in no file of either computer's folder — neither as bytes nor inside any gzip stream a file holds
 * (the files' plaintext is gzipped, so a plain search alone would miss an unencrypted file).
 */
class FolderHoldsNoPlaintextTest {

    private static final String WORD = "Quokkaroo";
    private static final LocalDate DAY = LocalDate.of(2026, 11, 30);

    @TempDir
    Path dir;

    @Test
    void noFileInTheFolderHoldsTheJournalsWords() throws IOException {
        try (TestDevice a = new TestDevice(dir, "laptop", Instant.parse("2026-12-01T18:00:00Z"));
             TestDevice b = new TestDevice(dir, "home", Instant.parse("2026-12-01T18:01:00Z"))) {
            SimulatedSyncService service = new SimulatedSyncService(new Random(7), a.folder, b.folder);
            a.backend.journal().save(new Entry(DAY, "Talked with " + WORD + " about the release.", 4, 3,
                    List.of(WORD.toLowerCase()), List.of(new Entry.PromptAnswer("own-1", "Who did you thank?", "Thanked " + WORD)),
                    null, null));
            Habit h = a.backend.habitRepository().add(new Habit(0, null, "Ask " + WORD + " for feedback", "", Pillar.TRUST,
                    Schedule.parse("DAILY"), 0, false, DAY, "If " + WORD + " is in, then ask"));
            a.backend.habitRepository().setCheckIn(new CheckIn(h.id(), DAY, CheckIn.State.DONE, "asked " + WORD));
            Person p = a.backend.people().add(new Person(0, WORD + " Smith", "Engineer", "Core", null,
                    "Hopes to lead " + WORD + " work", Person.Cadence.WEEKLY, false, DAY, false, null));
            a.backend.people().saveOneOnOne(new OneOnOne(0, p.id(), DAY, WORD, "Notes on " + WORD, ""));
            a.backend.people().savePromise(Promise.open(p.id(), "Send " + WORD + " the brief", DAY, DAY.plusDays(2)));
            a.backend.reviews().save(new WeeklyReview(DAY.plusDays(6), "Went well with " + WORD, "", "", "", null, null));
            a.setUp("a long and secret phrase");
            a.round();
            service.settle();
            b.setUp("a long and secret phrase");
            b.round();
            b.write(DAY.plusDays(1), "Second computer: " + WORD + " again.");
            b.round();
            service.settle();
            a.round();

            assertThat(a.text(DAY.plusDays(1))).as("the word did travel").contains(WORD);
            assertThat(b.people()).as("the person did travel").anyMatch(l -> l.contains(WORD + " Smith"));
            List<Path> files = new ArrayList<>();
            for (Path folder : Set.of(a.folder, b.folder)) {
                try (Stream<Path> s = Files.walk(folder)) {
                    s.filter(Files::isRegularFile).forEach(files::add);
                }
            }
            assertThat(files).as("files were written").hasSizeGreaterThan(4);
            for (Path f : files) {
                byte[] bytes = Files.readAllBytes(f);
                for (String form : List.of(WORD, WORD.toLowerCase())) {
                    assertThat(contains(bytes, form.getBytes(StandardCharsets.UTF_8))).as("%s holds '%s'", f, form).isFalse();
                    assertThat(contains(bytes, form.getBytes(StandardCharsets.UTF_16LE))).as("%s holds '%s'", f, form).isFalse();
                }
                for (String inflated : gzipStreams(bytes)) {
                    assertThat(inflated).as("a gzip stream in %s", f).doesNotContainIgnoringCase(WORD);
                }
            }
        }
    }

    private static boolean contains(byte[] hay, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= hay.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (hay[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    /** The text of every gzip stream that starts anywhere in {@code bytes} and inflates. */
    static List<String> gzipStreams(byte[] bytes) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i + 3 < bytes.length; i++) {
            if ((bytes[i] & 0xff) == 0x1f && (bytes[i + 1] & 0xff) == 0x8b && bytes[i + 2] == 8) {
                try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes, i, bytes.length - i))) {
                    out.add(new String(in.readAllBytes(), StandardCharsets.ISO_8859_1));
                } catch (IOException notGzip) {
                    // ciphertext that happens to start like gzip
                }
            }
        }
        return out;
    }
}
