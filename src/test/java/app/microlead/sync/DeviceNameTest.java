package app.microlead.sync;

import static org.assertj.core.api.Assertions.assertThat;

import app.microlead.backend.Backend;
import app.microlead.common.MutableClock;
import app.microlead.storage.DataFolder;
import app.microlead.storage.Database;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The computer's name (a host name lookup, slow on some networks) is not looked up while the app opens. */
class DeviceNameTest {

    @TempDir
    Path dir;

    @Test
    void theEngineAsksForTheNameOnlyWhenItShowsOrWritesIt() {
        AtomicInteger asked = new AtomicInteger();
        try (Database db = Database.open(DataFolder.open(dir))) {
            Backend backend = new Backend(db, new MutableClock(Instant.parse("2026-03-02T20:00:00Z")), "test");
            SyncEngine engine = new SyncEngine(backend, () -> {
                asked.incrementAndGet();
                return "desk-in-the-study";
            }, () -> { });
            assertThat(asked).hasValue(0);

            assertThat(engine.devices()).extracting(SyncEngine.Device::name).containsExactly("desk-in-the-study");
            assertThat(asked).hasValue(1);
        }
    }

    @Test
    void theAppsLookupIsMadeOnceAndKept() {
        var name = SyncBackup.deviceNameWhenAsked();
        String first = name.get();
        assertThat(first).isNotBlank().isEqualTo(SyncBackup.deviceName());
        assertThat(name.get()).isSameAs(first);
    }
}
