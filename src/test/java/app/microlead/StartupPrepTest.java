package app.microlead;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import app.microlead.common.I18n;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Start-up before the window: the data folder, the single-instance lock, the preferences and
 * the language the app speaks (the user's choice, else the computer's), and the titles of what stops it.
 */
class StartupPrepTest {

    @TempDir
    Path dir;
    private final Locale machine = Locale.getDefault();
    private StartupPrep.Prepared prepared;

    @BeforeEach
    void anEnglishSpeakingJvm() {
        // JavaFX's own words follow the JVM's language: start from a known one, whatever the machine's
        Locale.setDefault(Locale.US);
    }

    @AfterEach
    void restore() {
        if (prepared != null) {
            prepared.lock().close();
        }
        Locale.setDefault(machine);
        I18n.setLocale(Locale.ENGLISH);
    }

    @Test
    void aNewFolderIsMadeAndTheAppSpeaksTheComputersLanguage() throws Exception {
        Path data = dir.resolve("new");
        prepared = StartupPrep.prepare(data, Locale.GERMAN);
        assertThat(prepared.folder().root()).isEqualTo(data);
        assertThat(data.resolve(".microlead.lock")).exists();
        assertThat(I18n.locale()).isEqualTo(Locale.GERMAN);
        // JavaFX's words (OK, Cancel, month names) follow; the JVM's language is kept to be restored at the end
        assertThat(Locale.getDefault()).isEqualTo(Locale.GERMANY);
        assertThat(prepared.computerLocale()).isEqualTo(Locale.US);
        assertThat(prepared.prefs().getLanguage()).isNull();
    }

    @Test
    void theUsersChoiceOfLanguageWinsOverTheComputers() throws Exception {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("preferences.json"), "{\"language\": \"en\"}");
        prepared = StartupPrep.prepare(dir, Locale.GERMAN);
        assertThat(I18n.locale()).isEqualTo(Locale.ENGLISH);
        assertThat(Locale.getDefault()).isEqualTo(Locale.US);
        assertThat(prepared.computerLocale()).as("nothing to restore").isNull();
    }

    @Test
    void aSecondStartOnTheSameFolderIsToldTheAppIsOpenInTheComputersLanguage() {
        prepared = StartupPrep.prepare(dir, Locale.ENGLISH);
        StartupPrep.Failure twice = catchThrowableOfType(StartupPrep.Failure.class,
                () -> StartupPrep.prepare(dir, Locale.GERMAN));
        assertThat(twice).isNotNull();
        assertThat(twice.title()).isEqualTo("Microlead ist bereits geöffnet");
    }

    @Test
    void aFolderThatCannotBeMadeStopsTheStartWithItsTitleOnTheStartThread() throws Exception {
        Path file = Files.writeString(dir.resolve("a-file"), "in the way");
        CompletionException e = catchThrowableOfType(CompletionException.class,
                () -> StartupPrep.begin(new AppConfig(file.resolve("data"), Clock.systemUTC(), Locale.ENGLISH)).join());
        assertThat(e).isNotNull();
        assertThat(e.getCause()).isInstanceOfSatisfying(StartupPrep.Failure.class,
                f -> assertThat(f.title()).isEqualTo("Microlead cannot use its data folder"));
    }
}
