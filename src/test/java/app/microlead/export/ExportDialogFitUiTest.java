package app.microlead.export;

import static org.assertj.core.api.Assertions.assertThat;

import app.microlead.AppDriver;
import app.microlead.common.I18n;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The export dialog holds what it shows, in both languages and at both text sizes: with a custom period every
 * field lies wholly inside the dialog's scene, and once the end is before the start the problem's line does not
 * push Close and Export out of the window. The dialog also fits a 1000×700 screen.
 */
class ExportDialogFitUiTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-08T10:00:00Z"), ZoneOffset.UTC);
    private static final List<String> FIELDS = List.of("export-format", "export-preset", "export-from", "export-to",
            "export-section-reflections", "export-section-habits", "export-section-assessments",
            "export-section-people", "export-tag", "export-title", "export-run");

    @TempDir
    Path dataDir;

    @AfterEach
    void english() {
        I18n.setLocale(Locale.ENGLISH);
        Locale.setDefault(Locale.US);
    }

    @ParameterizedTest(name = "{0}, {1} text")
    @CsvSource({"en, normal", "de, normal", "en, large", "de, large"})
    void everyFieldAndButtonIsInsideTheDialog(String language, String size) throws Exception {
        Files.createDirectories(dataDir);
        Files.writeString(dataDir.resolve("preferences.json"), "{\"reminder\": false, \"language\": \"" + language
                + "\", \"fontSize\": \"" + size + "\"}");
        try (AppDriver app = AppDriver.start(dataDir, CLOCK)) {
            app.resize(1000, 700);
            app.robot().press(KeyCode.CONTROL, KeyCode.E).release(KeyCode.E, KeyCode.CONTROL);
            app.waitUntil(() -> app.exists("export-dialog"), 10);
            DialogPane pane = app.byId("export-dialog");
            ComboBox<ExportViewModel.Preset> preset = app.byId("export-preset");
            app.robot().interact(() -> preset.setValue(ExportViewModel.Preset.CUSTOM));
            settle(app);
            List<String> outside = new ArrayList<>();
            app.robot().interact(() -> {
                FIELDS.forEach(id -> inside(pane, id, "custom period", outside));
                // nothing laid out past the form's width: a row that asks for more than the dialog has runs off
                // its edge (with a wider font than the tests' it was the dates, the tag and the title)
                Region form = (Region) pane.getContent();
                if (form.minWidth(-1) > form.getWidth() + 0.5) {
                    outside.add("custom period: the form needs " + form.minWidth(-1) + " px, has " + form.getWidth());
                }
            });

            DatePicker from = app.byId("export-from");
            DatePicker to = app.byId("export-to");
            app.robot().interact(() -> {
                from.setValue(LocalDate.of(2026, 12, 20));
                to.setValue(LocalDate.of(2026, 12, 8));
            });
            Label problem = app.byId("export-problem");
            app.waitUntil(() -> !problem.getText().isEmpty(), 10);
            settle(app);
            app.robot().interact(() -> {
                for (String id : List.of("export-problem", "export-run")) {
                    inside(pane, id, "end before start", outside);
                }
                Node close = pane.getButtonTypes().stream().filter(t -> t.getButtonData().isCancelButton())
                        .map(pane::lookupButton).findFirst().orElseThrow();
                inside(pane, close, "close, end before start", outside);
            });
            Window w = pane.getScene().getWindow();
            assertThat(outside).as("parts outside the dialog").isEmpty();
            assertThat(w.getWidth()).as("fits a 1000 px wide screen").isLessThanOrEqualTo(1000);
            assertThat(w.getHeight()).as("fits a 700 px high screen").isLessThanOrEqualTo(700);
            app.robot().interact(w::hide);
        }
    }

    /** Waits for the refits a change asks for (posted for later on the FX thread) and their layout. */
    private static void settle(AppDriver app) throws Exception {
        for (int i = 0; i < 5; i++) {
            WaitForAsyncUtils.waitForFxEvents();
        }
    }

    private static void inside(DialogPane pane, String id, String when, List<String> outside) {
        Node n = pane.lookup("#" + id);
        assertThat(n).as(id).isNotNull();
        inside(pane, n, when + " " + id, outside);
    }

    private static void inside(DialogPane pane, Node n, String what, List<String> outside) {
        Scene scene = pane.getScene();
        Bounds b = n.localToScene(n.getLayoutBounds());
        if (b.getMinX() < -0.5 || b.getMinY() < -0.5 || b.getMaxX() > scene.getWidth() + 0.5
                || b.getMaxY() > scene.getHeight() + 0.5) {
            outside.add(what + ": " + b + " in a scene of " + scene.getWidth() + "×" + scene.getHeight());
        }
    }
}
