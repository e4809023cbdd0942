package app.microlead.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Scene;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** A placeholder too long for its field ends in "…" at a word, fits, and is said whole by the tooltip. */
class FxPromptsTest extends FxStageTest {

    private static final String PROMPT = "Name of someone you lead, then Enter";

    @Test
    void aPromptThatFitsIsKeptWhole() throws Exception {
        Font font = Font.font("System", 14);
        FxToolkit.setupFixture(() -> assertThat(FxPrompts.fitted(PROMPT, font, width(PROMPT, font) + 1)).isEqualTo(PROMPT));
    }

    @Test
    void aLongPromptIsCutAtAWordWithAnEllipsisAndFits() throws Exception {
        Font font = Font.font("System", 14);
        FxToolkit.setupFixture(() -> {
            double room = width("Name of someone yo", font);
            String shown = FxPrompts.fitted(PROMPT, font, room);
            assertThat(shown).isEqualTo("Name of someone…");
            assertThat(width(shown, font)).isLessThanOrEqualTo(room);
            // a room too small for any word still ends in the mark, cut inside the word
            String tiny = FxPrompts.fitted(PROMPT, font, width("Nam…", font));
            assertThat(tiny).isEqualTo("Nam…");
        });
    }

    @Test
    void aNarrowFieldShowsTheFittedPromptAndItsTooltipSaysItWhole() throws Exception {
        TextField[] field = new TextField[1];
        stage = FxToolkit.registerStage(Stage::new);
        FxToolkit.setupFixture(() -> {
            field[0] = FxPrompts.prompt(new TextField(), PROMPT);
            field[0].setPrefWidth(90);
            field[0].setMaxWidth(90);
            stage.setScene(new Scene(new HBox(field[0]), 400, 60));
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        FxToolkit.setupFixture(() -> {
            TextField f = field[0];
            assertThat(f.getWidth()).isEqualTo(90);
            assertThat(f.getPromptText()).endsWith("…").isNotEqualTo(PROMPT);
            assertThat(PROMPT).startsWith(f.getPromptText().replace("…", ""));
            assertThat(width(f.getPromptText(), f.getFont()))
                    .isLessThanOrEqualTo(f.getWidth() - f.snappedLeftInset() - f.snappedRightInset());
            assertThat(f.getTooltip()).isNotNull();
            assertThat(f.getTooltip().getText()).isEqualTo(PROMPT);
            assertThat(f.getAccessibleHelp()).isEqualTo(PROMPT);
            f.setMaxWidth(1000);
            f.setPrefWidth(380); // widened: the whole prompt again, and no tooltip
        });
        WaitForAsyncUtils.waitForFxEvents();
        FxToolkit.setupFixture(() -> {
            assertThat(field[0].getPromptText()).isEqualTo(PROMPT);
            assertThat(field[0].getTooltip()).isNull();
        });
    }

    private static double width(String s, Font font) {
        Text t = new Text(s);
        t.setFont(font);
        return t.getLayoutBounds().getWidth();
    }
}
