package app.microlead.journal;

import static org.assertj.core.api.Assertions.assertThat;

import app.microlead.common.DirectTaskRunner;
import app.microlead.common.Pillar;
import app.microlead.storage.DataFolder;
import app.microlead.storage.Database;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PromptSettingsViewModelTest {

    @TempDir
    Path dir;
    private Database db;
    private JdbcPromptRepository repo;
    private PromptSettingsViewModel vm;

    @BeforeEach
    void setUp() {
        db = Database.open(DataFolder.open(dir));
        repo = new JdbcPromptRepository(db, Clock.systemUTC());
        vm = new PromptSettingsViewModel(PromptLibrary.load(), repo, new DirectTaskRunner());
        vm.load();
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    @Test
    void untickingABuiltInTurnsItOffAndTickingTurnsItBackOn() {
        PromptSettingsViewModel.BuiltInRow row = vm.builtIns().get(2);
        assertThat(row.enabledProperty().get()).isTrue();
        row.enabledProperty().set(false);
        assertThat(repo.disabledIds()).containsExactly(row.prompt().id());
        row.enabledProperty().set(true);
        assertThat(repo.disabledIds()).isEmpty();
    }

    @Test
    void addsAndRemovesOwnPrompts() {
        assertThat(vm.canAddProperty().get()).isFalse();
        vm.newTextProperty().set("   ");
        assertThat(vm.canAddProperty().get()).isFalse();
        vm.newTextProperty().set("What did I learn from someone junior today?");
        vm.newPillarProperty().set(Pillar.PROFESSIONALISM);
        assertThat(vm.canAddProperty().get()).isTrue();
        vm.add();
        assertThat(vm.custom()).singleElement().satisfies(p -> assertThat(p.pillar()).isEqualTo(Pillar.PROFESSIONALISM));
        assertThat(vm.newTextProperty().get()).isEmpty();
        assertThat(repo.customPrompts()).hasSize(1);

        vm.remove(vm.custom().get(0));
        assertThat(vm.custom()).isEmpty();
        assertThat(repo.customPrompts()).isEmpty();
    }

    @Test
    void aTooLongPromptIsRefusedWithTheReasonAndKeptInTheField() {
        vm.newTextProperty().set("x".repeat(600));
        vm.add();
        assertThat(vm.messageProperty().get()).contains("under 500");
        assertThat(vm.newTextProperty().get()).hasSize(600);
        assertThat(repo.customPrompts()).isEmpty();
    }

    @Test
    void reloadShowsWhatWasStored() {
        vm.builtIns().get(0).enabledProperty().set(false);
        PromptSettingsViewModel again = new PromptSettingsViewModel(PromptLibrary.load(), repo, new DirectTaskRunner());
        again.load();
        assertThat(again.builtIns().get(0).enabledProperty().get()).isFalse();
        assertThat(again.builtIns().get(1).enabledProperty().get()).isTrue();
    }
}
