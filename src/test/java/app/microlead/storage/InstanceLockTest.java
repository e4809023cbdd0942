package app.microlead.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InstanceLockTest {

    @TempDir
    Path dir;

    @Test
    void secondHolderIsRefusedUntilTheFirstReleases() {
        Path file = dir.resolve(".microlead.lock");
        Optional<InstanceLock> first = InstanceLock.tryAcquire(file);
        assertThat(first).isPresent();
        assertThat(InstanceLock.tryAcquire(file)).isEmpty();
        first.get().close();
        Optional<InstanceLock> again = InstanceLock.tryAcquire(file);
        assertThat(again).isPresent();
        again.get().close();
    }
}
