package app.microlead.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
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

    @Test
    void theLockFileNamesItsHolderSoThatOthersCanSayWhatHoldsTheJournal() {
        Path file = dir.resolve(".microlead.lock");
        try (InstanceLock cmd = InstanceLock.tryAcquire(file, "import").orElseThrow()) {
            assertThat(InstanceLock.tryAcquire(file)).isEmpty();
            assertThat(InstanceLock.holder(file)).contains(
                    new InstanceLock.Holder("import", ProcessHandle.current().pid()));
        }
        try (InstanceLock app = InstanceLock.tryAcquire(file).orElseThrow()) {
            assertThat(InstanceLock.holder(file)).hasValueSatisfying(h -> assertThat(h.isApp()).isTrue());
            assertThat(InstanceLock.tryAcquire(file, "export")).isEmpty();
        }
    }

    @Test
    void aLockFileWithoutAHoldersLineNamesNoOne() throws Exception {
        Path file = Files.writeString(dir.resolve(".microlead.lock"), "");
        assertThat(InstanceLock.holder(file)).isEmpty();
        Files.writeString(file, "command ../../etc 12\n");
        assertThat(InstanceLock.holder(file)).isEmpty();
    }
}
