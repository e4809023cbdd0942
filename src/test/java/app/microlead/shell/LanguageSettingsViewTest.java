package app.microlead.shell;

import static org.assertj.core.api.Assertions.assertThat;

import app.microlead.common.I18n;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Settings' language: a new one is said to come with the next start, and "Restart now" brings it at once. */
class LanguageSettingsViewTest {

    private Stage stage;
    private final List<Locale> chosen = new ArrayList<>();
    private final AtomicInteger restarts = new AtomicInteger();

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void close() throws Exception {
        I18n.setLocale(Locale.ENGLISH);
        if (stage != null) {
            FxToolkit.setupFixture(stage::close);
        }
    }

    private void show(Runnable restart) throws Exception {
        I18n.setLocale(Locale.ENGLISH);
        FxToolkit.setupFixture(() -> {
            stage = new Stage();
            stage.setScene(new Scene(new VBox(LanguageSettingsView.build(Locale.ENGLISH, chosen::add, restart)), 700, 200));
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents(3);
    }

    @SuppressWarnings("unchecked")
    private ComboBox<Locale> language() {
        return (ComboBox<Locale>) stage.getScene().lookup("#settings-language");
    }

    private Button restart() {
        return (Button) stage.getScene().lookup("#settings-language-restart");
    }

    private String note() {
        return ((Label) stage.getScene().lookup("#settings-language-message")).getText();
    }

    private void choose(Locale l) throws Exception {
        FxToolkit.setupFixture(() -> language().setValue(l));
        WaitForAsyncUtils.waitForFxEvents(3);
    }

    @Test
    void anotherLanguageOffersARestartThatRunsOnceAndTheSameLanguageTakesItAway() throws Exception {
        show(restarts::incrementAndGet);
        assertThat(restart().isVisible()).isFalse();
        assertThat(restart().getParent().isVisible()).isFalse(); // no empty line before a change

        choose(Locale.GERMAN);
        assertThat(chosen).containsExactly(Locale.GERMAN);
        assertThat(note()).isEqualTo("Microlead will speak German from the next start, or now if you restart it.");
        assertThat(restart().isVisible()).isTrue();
        assertThat(restart().getParent().isVisible()).isTrue();
        assertThat(restart().getText()).isEqualTo("Restart now");
        assertThat(restart().getWidth()).isGreaterThanOrEqualTo(restart().prefWidth(-1) - 0.5); // whole, not cut
        FxToolkit.setupFixture(() -> restart().fire());
        assertThat(restarts).hasValue(1);

        choose(Locale.ENGLISH);
        assertThat(note()).isEmpty();
        assertThat(restart().isVisible()).isFalse();
    }

    @Test
    void whereTheAppCannotStartItselfOnlyTheNextStartIsPromised() throws Exception {
        show(null);
        choose(Locale.GERMAN);
        assertThat(note()).isEqualTo("Microlead will speak German from the next start.");
        assertThat(restart().isVisible()).isFalse();
    }
}
