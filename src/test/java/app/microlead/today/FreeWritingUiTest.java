package app.microlead.today;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import app.microlead.AppDriver;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.function.DoubleSupplier;
import javafx.scene.Node;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Free writing is as tall as its text (the page scrolls, the box has no scroll bar of its own), the
 * page follows the caret while typing, and Preview shows the Markdown rendered in place of the editor.
 */
class FreeWritingUiTest {

    @TempDir
    Path dataDir;

    private final Clock clock = Clock.fixed(Instant.parse("2026-03-10T19:30:00Z"), ZoneId.of("UTC"));

    @Test
    void theWritingGrowsWithItsTextAndThePreviewRendersMarkdown() throws Exception {
        try (AppDriver app = AppDriver.start(dataDir, clock)) {
            TextArea text = app.byId("today-text");
            double empty = text.getHeight();
            app.clickOn("today-text");
            StringBuilder lines = new StringBuilder("# A heading\n\nSome **bold** words.\n");
            for (int i = 1; i <= 60; i++) {
                lines.append("\nLine ").append(i).append(" of a long day.");
            }
            app.robot().interact(() -> {
                text.setText(lines.toString());
                text.positionCaret(text.getLength());
            });
            app.waitUntil(() -> text.getHeight() > empty * 3, 5);
            app.robot().write("!"); // typed at the end: the page has scrolled the caret into view
            app.waitUntil(() -> text.getText().endsWith("day.!"), 5);
            ScrollPane page = app.byId("today-scroll");
            app.waitUntil(() -> page.getVvalue() > 0.5, 5);
            // scrolled down the day, its date and navigation are still in view above it
            Node title = app.byId("today-date-title");
            assertThat(title.localToScene(title.getBoundsInLocal()).getMinY()).as("the date's top in the window")
                    .isGreaterThanOrEqualTo(0);
            assertThat(app.<Node>byId("today-next-day").localToScene(0, 0).getY()).isGreaterThanOrEqualTo(0);
            assertThat(text.lookupAll(".scroll-bar")).as("the box's own scroll bars")
                    .allMatch(n -> !n.isVisible() || ((ScrollBar) n).getVisibleAmount() >= ((ScrollBar) n).getMax());

            app.clickOn("today-preview");
            assertThat(app.<ToggleButton>byId("today-preview").isSelected()).isTrue();
            assertThat(text.isVisible()).isFalse();
            VBox preview = app.byId("today-preview-text");
            Text heading = (Text) preview.lookup(".md-h1 .md-text");
            assertThat(heading.getText()).isEqualTo("A heading");
            assertThat(preview.lookupAll(".md-strong")).extracting(n -> ((Text) n).getText()).containsExactly("bold");

            app.clickOn("today-preview");
            assertThat(text.isVisible()).isTrue();
            assertThat(preview.isVisible()).isFalse();
            assertThat((Node) preview.lookup(".md-h1")).isNull();
        }
    }

    @Test
    void thePreviewOfAShortDayKeepsTheEditorsPlaceSoNothingUnderItMoves() throws Exception {
        try (AppDriver app = AppDriver.start(dataDir, clock)) {
            TextArea text = app.byId("today-text");
            app.robot().interact(() -> text.setText("# Short\n\nTwo lines."));
            app.waitUntilSettled();
            Node words = app.byId("today-word-count");
            Node toggle = app.byId("today-preview");
            // measured from the card's own top (the page may scroll to the button clicked)
            DoubleSupplier under = () -> words.localToScene(0, 0).getY() - toggle.localToScene(0, 0).getY();
            double before = under.getAsDouble();
            double editor = text.getHeight();

            app.clickOn("today-preview");
            app.waitUntilSettled();
            VBox preview = app.byId("today-preview-text");
            assertThat(preview.lookup(".md-h1")).as("rendered").isNotNull();
            assertThat(preview.getHeight()).as("the preview keeps the editor's height").isGreaterThanOrEqualTo(editor - 1);
            assertThat(under.getAsDouble()).as("the word count under it stays put").isCloseTo(before,
                    offset(1.0));

            app.clickOn("today-preview");
            app.waitUntilSettled();
            assertThat(under.getAsDouble()).as("and back").isCloseTo(before,
                    offset(1.0));
        }
    }
}
