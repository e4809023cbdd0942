package app.microlead.security;

import static org.assertj.core.api.Assertions.assertThat;

import app.microlead.common.DirectTaskRunner;
import app.microlead.common.I18n;
import app.microlead.storage.DataFolder;
import app.microlead.storage.Database;
import app.microlead.storage.KeyFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The passphrase dialog's entries are checked as they are typed; only acceptable ones are handed on. */
class PassphraseFormTest {

    @TempDir
    Path dir;

    @BeforeEach
    void english() {
        I18n.setLocale(Locale.ENGLISH);
    }

    @Test
    void turningOnNeedsEightCharactersTheSameTwiceAndTheBoxTicked() {
        PassphraseForm f = new PassphraseForm(PassphraseForm.Kind.TURN_ON);
        assertThat(f.validProperty().get()).isFalse();
        assertThat(f.problemProperty().get()).contains("at least 8");
        assertThat(f.typedProperty().get()).as("nothing typed: a hint, not an error").isFalse();
        f.firstProperty().set("1234567");
        assertThat(f.typedProperty().get()).isTrue();
        f.secondProperty().set("1234567");
        assertThat(f.problemProperty().get()).contains("at least 8");
        f.firstProperty().set("12345678");
        assertThat(f.problemProperty().get()).contains("differ");
        f.secondProperty().set("12345678");
        assertThat(f.problemProperty().get()).contains("understand");
        assertThat(f.validProperty().get()).isFalse();
        f.understoodProperty().set(true);
        assertThat(f.problemProperty().get()).isEmpty();
        assertThat(f.validProperty().get()).isTrue();
        f.secondProperty().set("12345679");
        assertThat(f.validProperty().get()).as("valid follows every change").isFalse();
    }

    @Test
    void changingNeedsTheCurrentPassphraseAndTurningOffOnlyThat() {
        PassphraseForm change = new PassphraseForm(PassphraseForm.Kind.CHANGE);
        change.firstProperty().set("new passphrase");
        change.secondProperty().set("new passphrase");
        assertThat(change.problemProperty().get()).contains("current passphrase");
        change.currentProperty().set("old");
        assertThat(change.validProperty().get()).as("no box to tick when changing").isTrue();

        PassphraseForm off = new PassphraseForm(PassphraseForm.Kind.TURN_OFF);
        assertThat(off.validProperty().get()).isFalse();
        off.currentProperty().set("x");
        assertThat(off.validProperty().get()).isTrue();
    }

    @Test
    void anInvalidFormHandsNothingOnAndAValidOneIsClearedAfterwards() {
        DataFolder folder = DataFolder.open(dir);
        AtomicReference<String> key = new AtomicReference<>();
        try (Database db = Database.open(folder)) {
            DirectTaskRunner tasks = new DirectTaskRunner();
            EncryptionSettingsViewModel vm = new EncryptionSettingsViewModel(folder, db, key, tasks);
            PassphraseForm f = new PassphraseForm(PassphraseForm.Kind.TURN_ON);
            f.firstProperty().set("short");
            f.secondProperty().set("short");
            assertThat(f.submit(vm)).isFalse();
            assertThat(tasks.writes()).isZero();
            f.firstProperty().set("correct horse");
            f.secondProperty().set("correct horse");
            f.understoodProperty().set(true);
            assertThat(f.submit(vm)).isTrue();
            assertThat(vm.enabledProperty().get()).isTrue();
            assertThat(f.firstProperty().get()).isEmpty();
            assertThat(f.secondProperty().get()).isEmpty();
        }
    }

    @Test
    void aWrongCurrentPassphraseKeepsTheDialogOpenAndSaysSoUntilItIsTypedAgain() throws Exception {
        DataFolder folder = DataFolder.open(dir);
        AtomicReference<String> key = new AtomicReference<>();
        try (Database db = Database.open(folder)) {
            EncryptionSettingsViewModel vm = new EncryptionSettingsViewModel(folder, db, key, new DirectTaskRunner());
            vm.turnOn("correct horse".toCharArray(), "correct horse".toCharArray(), true);
            assertThat(key.get()).as("the test can fail: the journal is encrypted").isNotNull();

            PassphraseForm off = new PassphraseForm(PassphraseForm.Kind.TURN_OFF);
            int[] closed = {0};
            off.currentProperty().set("correct hose");
            assertThat(off.mayClose(vm, () -> closed[0]++)).as("checked first").isFalse();
            assertThat(closed[0]).isZero();
            assertThat(off.wrongCurrentProperty().get()).isTrue();
            assertThat(off.problemProperty().get()).contains("not the current passphrase");
            assertThat(off.validProperty().get()).as("OK waits for another try").isFalse();
            assertThat(off.checkingProperty().get()).isFalse();

            off.currentProperty().set("correct horse");
            assertThat(off.wrongCurrentProperty().get()).as("typing again clears it").isFalse();
            assertThat(off.validProperty().get()).isTrue();
            assertThat(off.mayClose(vm, () -> closed[0]++)).isFalse();
            assertThat(closed[0]).as("the dialog is closed once the passphrase is found right").isEqualTo(1);
            assertThat(off.mayClose(vm, () -> closed[0]++)).as("then OK closes it").isTrue();
            assertThat(vm.enabledProperty().get()).as("nothing turned off before OK").isTrue();

            PassphraseForm on = new PassphraseForm(PassphraseForm.Kind.TURN_ON);
            assertThat(on.mayClose(vm, () -> closed[0]++)).as("no current passphrase to check").isTrue();

            // a key file that cannot be read is said as such, not as a wrong passphrase to type again and again
            Files.writeString(dir.resolve(KeyFile.NAME), "not a key file");
            PassphraseForm broken = new PassphraseForm(PassphraseForm.Kind.TURN_OFF);
            broken.currentProperty().set("correct horse");
            assertThat(broken.mayClose(vm, () -> closed[0]++)).isFalse();
            assertThat(broken.wrongCurrentProperty().get()).isFalse();
            assertThat(broken.problemProperty().get()).isNotEmpty().doesNotContain("not the current passphrase");
            assertThat(broken.checkingProperty().get()).isFalse();
            assertThat(closed[0]).isEqualTo(1);
        }
    }
}
