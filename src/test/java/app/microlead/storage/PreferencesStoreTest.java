package app.microlead.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PreferencesStoreTest {

    @TempDir
    Path dir;

    @Test
    void roundTripKeepsEveryField() {
        PreferencesStore store = new PreferencesStore(dir.resolve("preferences.json"));
        Preferences p = new Preferences();
        p.setTheme("dark");
        p.setLastView("habits");
        p.setWindow(new Preferences.WindowState(10, 20, 900, 700, true));
        store.save(p);

        Preferences back = store.load();
        assertThat(back.getTheme()).isEqualTo("dark");
        assertThat(back.getLastView()).isEqualTo("habits");
        assertThat(back.getWindow()).isEqualTo(new Preferences.WindowState(10, 20, 900, 700, true));
        assertThat(dir.resolve("preferences.json.tmp")).doesNotExist();
    }

    @Test
    void missingFileGivesDefaults() {
        Preferences p = new PreferencesStore(dir.resolve("nope.json")).load();
        assertThat(p.getTheme()).isEqualTo(Preferences.DEFAULT_THEME);
        assertThat(p.getLastView()).isEqualTo(Preferences.DEFAULT_VIEW);
        assertThat(p.getWindow()).isNull();
    }

    @Test
    void corruptFileGivesDefaultsWithoutThrowing() throws Exception {
        Path file = dir.resolve("preferences.json");
        Files.writeString(file, "{\"theme\": \"dark\", \"window\": {\"x\": ");
        Preferences p = new PreferencesStore(file).load();
        assertThat(p.getTheme()).isEqualTo(Preferences.DEFAULT_THEME);
    }

    @Test
    void unknownFieldsFromANewerVersionAreIgnored() throws Exception {
        Path file = dir.resolve("preferences.json");
        Files.writeString(file, "{\"theme\":\"dark\",\"somethingNew\":42}");
        assertThat(new PreferencesStore(file).load().getTheme()).isEqualTo("dark");
    }

    @Test
    void aFileFromBeforeTheTextSizeChoiceGivesNormalTextAndLargeIsKept() throws Exception {
        Path file = dir.resolve("preferences.json");
        Files.writeString(file, "{\"theme\":\"dark\",\"lastView\":\"habits\"}");
        PreferencesStore store = new PreferencesStore(file);
        Preferences p = store.load();
        assertThat(p.getFontSize()).isEqualTo("normal");
        p.setFontSize("large");
        store.save(p);
        assertThat(Files.readString(file)).contains("\"fontSize\" : \"large\"");
        assertThat(store.load().getFontSize()).isEqualTo("large");
    }
}
