package app.microlead.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a folder can hold that Microlead did not write whole: reported in words, skipped, nothing local changed. */
class HostileFolderTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 30);

    @TempDir
    Path dir;
    private TestDevice a;
    private TestDevice b;
    private SimulatedSyncService service;

    @BeforeEach
    void open() {
        a = new TestDevice(dir, "a", Instant.parse("2026-12-01T18:00:00Z"));
        b = new TestDevice(dir, "b", Instant.parse("2026-12-01T18:00:00Z"));
        service = new SimulatedSyncService(new Random(7), a.folder, b.folder);
        a.write(DAY.minusDays(100), "Earlier.");
        a.setUp("one passphrase");
        a.round();
        service.settle();
        b.setUp("one passphrase");
        b.round();
        service.settle();
        a.round();
    }

    @AfterEach
    void close() {
        a.close();
        b.close();
    }

    /** A's newest file in B's copy of the folder, after A wrote a day. */
    private Path aWritesADay() throws IOException {
        a.write(DAY, "Written on a.");
        a.round();
        service.settle();
        try (Stream<Path> s = Files.list(b.folder.resolve("devices").resolve(a.engine.deviceId()))) {
            return s.filter(p -> p.toString().endsWith(".batch")).sorted().reduce((x, y) -> y).orElseThrow();
        }
    }

    @Test
    void aChangedFileIsSkippedAndReadWhenWholeAgain() throws IOException {
        Path f = aWritesADay();
        byte[] good = Files.readAllBytes(f);
        byte[] bad = good.clone();
        bad[bad.length - 5] ^= 1;
        Files.write(f, bad);

        RoundReport r = b.round();
        assertThat(r.problems()).singleElement().asString().contains(f.getFileName().toString(), "could not be read yet");
        assertThat(b.text(DAY)).isNull();

        Files.write(f, good);
        assertThat(b.round().problems()).isEmpty();
        assertThat(b.text(DAY)).isEqualTo("Written on a.");
    }

    @Test
    void aHalfWrittenFileWaitsUntilItIsComplete() throws IOException {
        Path f = aWritesADay();
        byte[] whole = Files.readAllBytes(f);
        Files.write(f, Arrays.copyOf(whole, whole.length / 2));
        assertThat(b.round().problems()).hasSize(1);
        assertThat(b.text(DAY)).isNull();
        Files.write(f, whole);
        b.round();
        assertThat(b.text(DAY)).isEqualTo("Written on a.");
    }

    @Test
    void aFileOfANewerVersionIsReportedAndSkipped() throws IOException {
        Path f = aWritesADay();
        byte[] bytes = Files.readAllBytes(f);
        bytes[SyncCrypto.MAGIC.length] = 9;
        Files.write(f, bytes);
        assertThat(b.round().problems()).singleElement().asString().contains("newer version of Microlead");
        assertThat(b.text(DAY)).isNull();
    }

    @Test
    void aFileMovedToAnotherDevicesFolderIsNotBelieved() throws IOException {
        Path f = aWritesADay();
        Path mine = b.folder.resolve("devices").resolve(b.engine.deviceId()).resolve("0000009999.batch");
        Files.move(f, mine);
        assertThat(b.round().problems()).singleElement().asString().contains("does not belong where it is");
        assertThat(b.text(DAY)).isNull();
    }

    @Test
    void conflictedCopiesAndLateDuplicatesChangeNothing() throws IOException {
        Path f = aWritesADay();
        b.round();
        Files.copy(f, f.resolveSibling(f.getFileName().toString().replace(".batch", " (conflicted copy).batch")));
        b.write(DAY, "Then rewritten on b.");
        RoundReport r = b.round();
        assertThat(r.problems()).isEmpty();
        assertThat(b.text(DAY)).isEqualTo("Then rewritten on b.");
    }

    @Test
    void aFolderThatCannotBeWrittenKeepsTheChangesUntilItCan() throws IOException {
        // a read-only or full disk, as root can write anywhere: the device's folder is a file for a while
        Path own = a.folder.resolve("devices").resolve(a.engine.deviceId());
        Path aside = a.folder.resolve("aside");
        Files.move(own, aside);
        Files.writeString(own, "in the way");
        a.write(DAY, "Written while the folder could not be written.");
        RoundReport r = a.round();
        assertThat(r.problems()).singleElement().asString().contains("could not be written");
        assertThat(a.text(DAY)).isEqualTo("Written while the folder could not be written.");

        Files.delete(own);
        Files.move(aside, own);
        assertThat(a.round().problems()).isEmpty();
        service.settle();
        b.round();
        assertThat(b.text(DAY)).isEqualTo("Written while the folder could not be written.");
    }

    @Test
    void aMissingFolderStopsTheRoundInWords() throws IOException {
        try (Stream<Path> s = Files.walk(b.folder)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
        b.write(DAY, "Kept here.");
        assertThatThrownBy(b::round).isInstanceOf(SyncException.class).hasMessageContaining("is not there");
        assertThat(b.text(DAY)).isEqualTo("Kept here.");
    }

    @Test
    void aDeviceGoneForAYearCatchesUpFromSnapshots() {
        for (int i = 0; i < SyncEngine.BATCHES_PER_SNAPSHOT + 5; i++) {
            a.write(DAY.minusDays(i), "Day " + i + " on a.");
            a.round();
        }
        service.settle();
        List<String> names;
        try (Stream<Path> s = Files.list(a.folder.resolve("devices").resolve(a.engine.deviceId()))) {
            names = s.map(p -> p.getFileName().toString()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(names).as("older files removed after a snapshot").hasSizeLessThan(12);
        b.clock.plusDays(365);
        b.round();
        assertThat(b.text(DAY.minusDays(54))).isEqualTo("Day 54 on a.");
        assertThat(b.export()).isEqualTo(a.export());
    }
}
