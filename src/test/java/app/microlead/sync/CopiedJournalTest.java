package app.microlead.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A data folder copied whole to a second computer (or a backup restored there) instead of joining the sync
 * folder from it: the copy notices it is somewhere else and syncs under a device id of its own, so the two
 * computers neither share file numbers (one skipping the other's files as merged) nor prune each other's files.
 */
class CopiedJournalTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 30);
    private static final String PASSPHRASE = "correct horse battery";

    @TempDir
    Path dir;

    @Test
    void aCopiedDataFolderSyncsAsAComputerOfItsOwnAndBothSeeEachOthersEdits() throws IOException {
        String laptop = "machine-id:laptop\n" + dir.resolve("laptop-data");
        String desk = "machine-id:desk\n" + dir.resolve("desk-data");
        String id;
        try (TestDevice a = new TestDevice(dir, "laptop", Instant.parse("2026-12-01T18:00:00Z"), null, () -> laptop)) {
            a.write(MONDAY, "Walked the floor and asked what slows the team down.");
            a.setUp(PASSPHRASE);
            a.round();
            a.write(MONDAY.plusDays(1), "Gave the release decision to Sam.");
            a.round();
            id = a.engine.deviceId();
        }
        copyTree(dir.resolve("laptop-data"), dir.resolve("desk-data"));

        try (TestDevice a = new TestDevice(dir, "laptop", Instant.parse("2026-12-01T19:00:00Z"), null, () -> laptop);
             TestDevice b = new TestDevice(dir, "desk", Instant.parse("2026-12-01T19:02:00Z"), null, () -> desk)) {
            Path folder = dir.resolve("laptop-sync"); // the copy syncs through the same folder: its settings came along
            RoundReport first = b.round();
            assertThat(first.newDevice()).isTrue();
            assertThat(b.engine.deviceId()).isNotEqualTo(id);
            assertThat(files(folder, b.engine.deviceId())).as("its first round writes everything it knows")
                    .anyMatch(n -> n.endsWith(".snap"));
            RoundReport again = b.round();
            assertThat(again.newDevice()).as("said once").isFalse();
            assertThat(a.round().newDevice()).isFalse();
            assertThat(a.engine.deviceId()).as("the original keeps its id").isEqualTo(id);

            for (int i = 0; i < SyncEngine.BATCHES_PER_SNAPSHOT + 3; i++) {
                LocalDate day = MONDAY.plusDays(2 + i);
                a.write(day, "Laptop, day " + i);
                b.write(day.plusDays(100), "Desk, day " + i);
                a.round();
                List<String> before = files(folder, id);
                b.round();
                assertThat(files(folder, id)).as("the desk never prunes the laptop's files").containsAll(before);
            }
            a.round();
            for (int i = 0; i < SyncEngine.BATCHES_PER_SNAPSHOT + 3; i++) {
                LocalDate day = MONDAY.plusDays(2 + i);
                assertThat(b.text(day)).isEqualTo("Laptop, day " + i);
                assertThat(a.text(day.plusDays(100))).isEqualTo("Desk, day " + i);
            }
            assertThat(a.text(MONDAY)).isEqualTo(b.text(MONDAY)).isNotNull();
            assertThat(a.export()).isEqualTo(b.export());
            assertThat(a.engine.devices()).extracting(SyncEngine.Device::id)
                    .containsExactlyInAnyOrder(id, b.engine.deviceId());
            assertThat(b.engine.devices()).extracting(SyncEngine.Device::id)
                    .containsExactlyInAnyOrder(id, b.engine.deviceId());
        }
    }

    @Test
    void aJournalSetUpBeforePlacesWereKeptKeepsItsIdAndKeepsThePlaceFromThen() {
        AtomicReference<String> place = new AtomicReference<>("machine-id:laptop\n/home/sam/.microlead");
        try (TestDevice a = new TestDevice(dir, "laptop", Instant.parse("2026-12-01T18:00:00Z"), null, place::get)) {
            a.write(MONDAY, "Walked the floor.");
            a.setUp(PASSPHRASE);
            a.round();
            String id = a.engine.deviceId();
            new SyncStore(a.db).removeMeta(SyncSettings.PLACE); // as a journal set up before this version left it

            place.set("machine-id:laptop\n/home/sam/Documents/microlead");
            assertThat(a.round().newDevice()).isFalse();
            assertThat(a.engine.deviceId()).isEqualTo(id);

            place.set("machine-id:desk\n/home/sam/Documents/microlead");
            assertThat(a.round().newDevice()).isTrue();
            assertThat(a.engine.deviceId()).isNotEqualTo(id);
        }
    }

    @Test
    void theAppsPlaceNamesTheDataFolder() throws IOException {
        try (TestDevice a = new TestDevice(dir, "laptop", Instant.parse("2026-12-01T18:00:00Z"))) {
            assertThat(Place.of(a.db).get()).startsWith(Place.machine() + "\n")
                    .endsWith(a.data.toRealPath().toString());
        }
    }

    private static List<String> files(Path folder, String device) throws IOException {
        Path d = folder.resolve(SyncFolder.DEVICES).resolve(device);
        if (!Files.isDirectory(d)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(d)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /** The data folder copied whole, as a user copies it to another computer (the journal closed first). */
    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path f : s.filter(Files::isRegularFile).toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                Files.createDirectories(target.getParent());
                Files.copy(f, target);
            }
        }
    }

    @Test
    void onOneComputerAnotherFolderIsACopyOnlyWhileTheFirstStillHoldsAJournal() throws IOException {
        Path first = Files.createDirectories(dir.resolve("first"));
        Path second = Files.createDirectories(dir.resolve("second"));
        String was = "machine-id:laptop\n" + first;
        String there = "machine-id:laptop\n" + second;

        assertThat(Place.compare(was, was)).isEqualTo(Place.Verdict.SAME);
        assertThat(Place.compare(was, there)).as("moved: nothing left where it was").isEqualTo(Place.Verdict.MOVED);
        Files.writeString(first.resolve("microlead.mv.db"), "a journal");
        assertThat(Place.compare(was, there)).as("a second journal beside the first").isEqualTo(Place.Verdict.COPY);
        Path link = Files.createSymbolicLink(dir.resolve("link"), first);
        assertThat(Place.compare(was, "machine-id:laptop\n" + link)).as("the same folder by another name")
                .isEqualTo(Place.Verdict.MOVED);
    }

    @Test
    void anotherComputerMakesACopyButAComputerIdLookedUpAnotherWayDoesNot() {
        String folder = "\n" + dir.resolve("data");
        assertThat(Place.compare("machine-id:laptop" + folder, "machine-id:desk" + folder)).isEqualTo(Place.Verdict.COPY);
        assertThat(Place.compare("platform-uuid:1234" + folder, "host:sams-mac" + folder))
                .as("the Mac's lookup failed once: no new id for it").isEqualTo(Place.Verdict.MOVED);
        assertThat(Place.compare("host:sams-mac" + folder, "host:sams-mac.local" + folder))
                .as("host names of one kind that differ are other computers").isEqualTo(Place.Verdict.COPY);
    }
}
