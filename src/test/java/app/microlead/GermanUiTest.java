package app.microlead;

import static org.assertj.core.api.Assertions.assertThat;

import app.microlead.common.I18n;
import app.microlead.ui.FxLazyTooltip;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * With German chosen in Settings, every view, dialog and empty state speaks German: no visible text
 * holds common English words (the journal is new, so every text on screen is the app's own), and no
 * text is a key that no bundle has ({@code !journal.some.key!}).
 */
class GermanUiTest {

    private static final Pattern ENGLISH = Pattern.compile(
            "(?i)\\b(the|your|you|my|is|are|and|with|this|that|what|when|for|from|how|will|day|days|week|today|write|save"
            + "|open|not|yet|of|review|habits|settings|insights|search|delete|close|cancel|monday|friday|sunday)\\b");

    /** What I18n shows for a key that no bundle has. */
    private static final Pattern MISSING_KEY = Pattern.compile("![a-z]+\\.[a-z0-9.-]+!");

    @TempDir
    Path dataDir;

    /** The JVM's language as the test found it: the app changes it while it speaks another. */
    private final Locale before = Locale.getDefault();

    @AfterEach
    void english() {
        I18n.setLocale(Locale.ENGLISH);
        Locale.setDefault(before);
    }

    @Test
    void everyViewSpeaksGerman() throws Exception {
        Files.createDirectories(dataDir);
        Files.writeString(dataDir.resolve("preferences.json"), "{\"reminder\": false, \"language\": \"de\"}");
        Clock clock = Clock.fixed(Instant.parse("2026-03-10T19:30:00Z"), ZoneOffset.UTC);
        Set<String> english = new TreeSet<>();
        try (AppDriver app = AppDriver.startWithOnboarding(dataDir, clock)) {
            assertThat(I18n.locale()).isEqualTo(Locale.GERMAN);
            collect(app, english, "onboarding");
            if (app.exists("onboarding-skip")) {
                app.clickOn("onboarding-skip");
            }
            for (String nav : List.of("nav-today", "nav-journal", "nav-habits", "nav-assessment", "nav-insights",
                    "nav-settings")) {
                app.clickOn(nav);
                app.waitUntilSettled();
                collect(app, english, nav);
            }
            app.clickOn("nav-journal");
            app.clickOn("journal-show-reviews");
            collect(app, english, "journal reviews");
            app.clickOn("journal-review-this-week");
            app.waitUntil(() -> app.exists("review-dialog"), 5);
            app.waitUntilSettled();
            collect(app, english, "weekly review");
            app.clickOn("review-close");
            app.clickOn("journal-show-days");
            app.clickOn("journal-export");
            app.waitUntil(() -> app.exists("export-dialog"), 5);
            collect(app, english, "export");
            app.robot().type(KeyCode.ESCAPE);
            app.clickOn("nav-help");
            app.waitUntil(() -> app.exists("shortcuts"), 5);
            collect(app, english, "shortcuts");
            app.robot().type(KeyCode.ESCAPE);
        }
        assertThat(english).as("texts in English while German is chosen").isEmpty();
    }

    private static void collect(AppDriver app, Set<String> found, String where) {
        app.robot().interact(() -> {
            for (Window w : new ArrayList<>(Window.getWindows())) {
                if (w.isShowing() && w.getScene() != null) {
                    walk(w.getScene().getRoot(), found, where);
                }
            }
        });
    }

    private static void walk(Node n, Set<String> found, String where) {
        if (!n.isVisible()) {
            return;
        }
        List<String> texts = new ArrayList<>();
        if (n instanceof Labeled l) {
            texts.add(l.getText());
        }
        FxLazyTooltip.text(n).ifPresent(texts::add);
        if (n instanceof TextInputControl t) {
            texts.add(t.getPromptText());
        }
        if (n instanceof Text t) {
            texts.add(t.getText());
        }
        texts.add(n.getAccessibleText());
        for (String t : texts) {
            if (t != null && (ENGLISH.matcher(t).find() || MISSING_KEY.matcher(t).find())) {
                found.add(where + ": \"" + t + "\"" + (n.getId() == null ? "" : " #" + n.getId()));
            }
        }
        if (n instanceof Parent p) {
            for (Node c : p.getChildrenUnmodifiable()) {
                walk(c, found, where);
            }
        }
    }
}
