package app.microlead.sync;

import static org.assertj.core.api.Assertions.assertThat;

import app.microlead.common.HeldTaskRunner;
import app.microlead.common.ManualScheduler;
import app.microlead.common.StubDialogs;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Settings → Sync without a window: the folder as a person types it, and a round that says it runs. */
class SyncViewModelTest {

    @TempDir
    Path dir;
    private TestDevice device;
    private HeldTaskRunner tasks;
    private SyncViewModel vm;
    private final StubDialogs dialogs = new StubDialogs();

    @BeforeEach
    void open() {
        device = new TestDevice(dir, "laptop", Instant.parse("2026-12-01T18:00:00Z"));
        tasks = new HeldTaskRunner();
        vm = new SyncViewModel(device.engine, tasks, new ManualScheduler(), device.clock, () -> false, s -> { },
                r -> { }, dialogs);
    }

    @AfterEach
    void close() {
        device.close();
    }

    @Test
    void aTildeIsTheHomeFolderAsThePromptSuggests() {
        // a folder under a home folder that does not exist: refused, so nothing is made in the real home folder
        String missing = "microlead-test-" + UUID.randomUUID();
        char[] pass = "correct horse battery".toCharArray();
        vm.setUp("~/" + missing + "/microlead", pass);
        tasks.release();
        // not "There is no folder <where the app was started>/~/…"
        assertThat(vm.messageProperty().get())
                .startsWith("There is no folder " + Path.of(System.getProperty("user.home"), missing));
        assertThat(new String(pass)).isEqualTo("\0".repeat(pass.length));
    }

    @Test
    void aPathThatIsNotWholeIsRefusedRatherThanTakenFromWhereTheAppStarted() {
        char[] pass = "correct horse battery".toCharArray();
        vm.setUp("  Sync/microlead ", pass);
        assertThat(tasks.held()).isZero();
        assertThat(vm.messageProperty().get()).startsWith("Type the folder's whole path, for example ")
                .endsWith("\u201cSync/microlead\u201d alone does not say where it is.");
        assertThat(new String(pass)).isEqualTo("\0".repeat(pass.length));
        assertThat(device.engine.isSetUp()).isFalse();
    }

    @Test
    void aRoundSaysItRunsUntilItIsDone() {
        device.write(LocalDate.of(2026, 11, 30), "A day.");
        vm.setUp(dir.resolve("Sync").toString(), "correct horse battery".toCharArray());
        assertThat(vm.busyProperty().get()).isTrue();
        assertThat(vm.messageProperty().get()).isEqualTo("Setting up sync and running the first round\u2026");
        tasks.release();
        assertThat(vm.setUpProperty().get()).isTrue();

        vm.syncNow();
        // before: the last round's words stayed, and nothing said that the button had done anything
        assertThat(vm.busyProperty().get()).isTrue();
        assertThat(vm.messageProperty().get()).isEqualTo("Syncing\u2026");
        tasks.release();
        assertThat(vm.busyProperty().get()).isFalse();
        assertThat(vm.messageProperty().get()).startsWith("Sent");
    }

    @Test
    void stoppingIsAskedFirstForJoiningAgainTakesThePassphrase() {
        vm.setUp(dir.resolve("Sync").toString(), "correct horse battery".toCharArray());
        tasks.release();
        dialogs.answer = false;
        vm.leave();
        tasks.release();
        assertThat(dialogs.shown).singleElement().asString().startsWith("Stop syncing on this computer?: ")
                .contains("you need the sync passphrase");
        assertThat(device.engine.isSetUp()).isTrue();

        dialogs.answer = true;
        vm.leave();
        tasks.release();
        assertThat(device.engine.isSetUp()).isFalse();
        assertThat(vm.messageProperty().get()).startsWith("Sync is off on this computer.");
    }
}
