package app.microlead.shell;

import static org.assertj.core.api.Assertions.assertThat;

import app.microlead.common.DirectTaskRunner;
import app.microlead.common.FontSize;
import app.microlead.common.ManualScheduler;
import app.microlead.common.Theme;
import app.microlead.storage.Preferences;
import app.microlead.storage.PreferencesAutoSave;
import app.microlead.storage.PreferencesStore;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShellViewModelTest {

    @TempDir
    Path dir;

    private final ManualScheduler scheduler = new ManualScheduler();

    /** The preferences saving themselves as in the app, on the test's scheduler. */
    private Preferences autoSaved(Preferences p) {
        new PreferencesAutoSave(p, store(), new DirectTaskRunner(), scheduler, error -> { });
        return p;
    }

    private PreferencesStore store() {
        return new PreferencesStore(dir.resolve("preferences.json"));
    }

    @Test
    void startsOnTheRememberedView() {
        Preferences p = new Preferences();
        p.setLastView("insights");
        ShellViewModel vm = new ShellViewModel(p);
        assertThat(vm.currentViewProperty().get()).isEqualTo(ViewId.INSIGHTS);
    }

    @Test
    void aStandingNoteStaysUntilItsCauseIsGoneAndLeavesOtherNotesAlone() {
        ShellViewModel vm = new ShellViewModel(new Preferences());
        vm.markReady();
        var disk = vm.standingNote();
        disk.accept("The disk did not confirm.");
        assertThat(vm.statusProperty().get()).isEqualTo("The disk did not confirm.");
        disk.accept(null);
        assertThat(vm.statusProperty().get()).isEmpty();

        disk.accept("The disk did not confirm.");
        vm.statusProperty().set("Backup failed."); // another note shown since
        disk.accept(null);
        assertThat(vm.statusProperty().get()).isEqualTo("Backup failed.");
        disk.accept(null);
        assertThat(vm.statusProperty().get()).isEqualTo("Backup failed.");
    }

    @Test
    void unknownRememberedViewFallsBackToToday() {
        Preferences p = new Preferences();
        p.setLastView("removed-view");
        ShellViewModel vm = new ShellViewModel(p);
        assertThat(vm.currentViewProperty().get()).isEqualTo(ViewId.TODAY);
    }

    @Test
    void navigatingIsRememberedInThePreferencesFile() {
        ShellViewModel vm = new ShellViewModel(autoSaved(new Preferences()));
        vm.navigate(ViewId.HABITS);
        scheduler.advance(PreferencesAutoSave.QUIET);
        assertThat(store().load().getLastView()).isEqualTo("habits");
    }

    @Test
    void shortcutDigitsFollowSidebarOrderAndIgnoreOthers() {
        ShellViewModel vm = new ShellViewModel(autoSaved(new Preferences()));
        vm.navigateByDigit(4);
        assertThat(vm.currentViewProperty().get()).isEqualTo(ViewId.ASSESSMENT);
        vm.navigateByDigit(6);
        assertThat(vm.currentViewProperty().get()).isEqualTo(ViewId.PEOPLE);
        vm.navigateByDigit(7);
        assertThat(vm.currentViewProperty().get()).isEqualTo(ViewId.SETTINGS);
        vm.navigateByDigit(9);
        assertThat(vm.currentViewProperty().get()).isEqualTo(ViewId.SETTINGS);
    }

    @Test
    void themeChangeIsRemembered() {
        ShellViewModel vm = new ShellViewModel(autoSaved(new Preferences()));
        assertThat(vm.themeProperty().get()).isEqualTo(Theme.LIGHT);
        vm.themeProperty().set(Theme.DARK);
        scheduler.advance(PreferencesAutoSave.QUIET);
        assertThat(store().load().getTheme()).isEqualTo("dark");
        ShellViewModel reopened = new ShellViewModel(store().load());
        assertThat(reopened.themeProperty().get()).isEqualTo(Theme.DARK);
    }

    @Test
    void becomesReadyAndClearsTheOpeningMessage() {
        ShellViewModel vm = new ShellViewModel(autoSaved(new Preferences()));
        assertThat(vm.readyProperty().get()).isFalse();
        assertThat(vm.statusProperty().get()).contains("Opening");
        vm.markReady();
        assertThat(vm.readyProperty().get()).isTrue();
        assertThat(vm.statusProperty().get()).isEmpty();
    }

    @Test
    void textSizeIsRememberedAndAnUnknownStoredSizeIsNormal() {
        ShellViewModel vm = new ShellViewModel(autoSaved(new Preferences()));
        assertThat(vm.fontSizeProperty().get()).isEqualTo(FontSize.NORMAL);
        vm.fontSizeProperty().set(FontSize.LARGE);
        scheduler.advance(PreferencesAutoSave.QUIET);
        assertThat(store().load().getFontSize()).isEqualTo("large");
        assertThat(new ShellViewModel(store().load()).fontSizeProperty().get())
                .isEqualTo(FontSize.LARGE);
        Preferences odd = new Preferences();
        odd.setFontSize("huge");
        assertThat(new ShellViewModel(odd).fontSizeProperty().get())
                .isEqualTo(FontSize.NORMAL);
        assertThat(FontSize.LARGE.scale()).isGreaterThan(1.2);
    }
}
