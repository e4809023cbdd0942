package app.microlead.journal;

import static org.assertj.core.api.Assertions.assertThat;

import app.microlead.AppDriver;
import app.microlead.common.I18n;
import app.microlead.storage.DataFolder;
import app.microlead.storage.Database;
import app.microlead.ui.FxLongText;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A very long day (a big import or paste) is written in the long day's editor, which lays out only what is in
 * view: it opens there, what is typed is saved, a paste that makes a day long moves the writing there with the
 * caret and focus, deleting most of it brings the ordinary text area back, and the day's size limit holds.
 */
class LongDayUiTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

    @TempDir
    Path dataDir;

    private final Clock clock = Clock.fixed(Instant.parse("2026-03-10T19:30:00Z"), ZoneId.of("UTC"));

    private static String paragraphs(int chars) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; b.length() < chars; i++) {
            b.append("Paragraph ").append(i).append(": a long imported day, with many words one after the other.\n\n");
        }
        return b.toString();
    }

    @Test
    void aLongDayOpensInTheLongEditorAndWhatIsTypedThereIsSaved() throws Exception {
        String day = paragraphs(60_000);
        try (AppDriver app = startOnALongDay(day)) {
            FxLongText.Area area = app.byId("today-long-area");
            assertThat(app.<TextArea>byId("today-text").isVisible()).as("the ordinary text area").isFalse();
            assertThat(app.<TextArea>byId("today-text").getLength()).as("the hidden area keeps no copy").isZero();
            assertThat(app.<Label>byId("today-long-hint").getText()).isNotBlank();
            app.robot().interact(() -> {
                area.requestFocus();
                area.moveTo(area.getLength());
            });
            app.robot().write("Typed at the end.");
            app.waitUntil(() -> area.getText().endsWith("Typed at the end."), 10);
            // the long day's words are counted in the background once typing pauses, and shown
            String counted = I18n.t("journal.words", Texts.wordCount(day) + 4);
            app.waitUntil(() -> counted.equals(app.<Label>byId("today-word-count").getText()), 10);
        }
        try (Database db = Database.open(DataFolder.open(dataDir))) {
            assertThat(new JdbcJournalRepository(db, clock).find(TODAY).orElseThrow().text())
                    .isEqualTo(day + "Typed at the end.");
        }
    }

    @Test
    void aPasteMakesTheDayLongAndDeletingMostOfItBringsTheTextAreaBack() throws Exception {
        String paste = paragraphs(55_000);
        try (AppDriver app = AppDriver.start(dataDir, clock)) {
            TextArea text = app.byId("today-text");
            app.clickOn("today-text");
            app.robot().write("Start. ");
            app.waitUntil(() -> "Start. ".equals(text.getText()), 5);
            app.robot().interact(() -> text.replaceSelection(paste)); // what a paste does
            app.waitUntil(() -> app.exists("today-long-area") && app.<Node>byId("today-long").isVisible(), 10);
            FxLongText.Area area = app.byId("today-long-area");
            app.waitUntil(area::isFocused, 5);
            assertThat(area.getText()).isEqualTo("Start. " + paste);
            assertThat(area.getCaretPosition()).as("the caret where the paste ended").isEqualTo(area.getLength());
            assertThat(text.isVisible()).isFalse();
            app.robot().write("x");
            app.waitUntil(() -> area.getText().equals("Start. " + paste + "x"), 5);

            // most of it deleted, as a user would: selected, then Backspace
            app.robot().interact(() -> area.selectRange(6, area.getLength()));
            app.robot().type(KeyCode.BACK_SPACE);
            app.waitUntil(() -> text.isVisible() && !app.<Node>byId("today-long").isVisible(), 10);
            app.waitUntil(text::isFocused, 5);
            assertThat(text.getText()).isEqualTo("Start.");
            app.robot().write("!");
            app.waitUntil(() -> "Start.!".equals(text.getText()), 5);
            assertThat(area.getLength()).as("the hidden long editor keeps no copy").isZero();
        }
    }

    @Test
    void theLongEditorRefusesAnEditBeyondTheDaysLimitAndSaysSo() throws Exception {
        String day = paragraphs(60_000);
        try (AppDriver app = startOnALongDay(day)) {
            FxLongText.Area area = app.byId("today-long-area");
            String tooMuch = "y".repeat(Entry.MAX_TEXT_CHARS - day.length() + 1);
            app.robot().interact(() -> area.insertText(area.getLength(), tooMuch)); // what a paste does
            app.waitUntil(() -> !app.<Label>byId("today-error").getText().isBlank(), 5);
            assertThat(area.getLength()).isEqualTo(day.length());
            String fits = "y".repeat(10);
            app.robot().interact(() -> area.insertText(area.getLength(), fits));
            app.waitUntil(() -> area.getLength() == day.length() + 10, 5);
            assertThat(app.<Label>byId("today-error").getText()).as("the refusal is gone once an edit fits").isBlank();
        }
    }

    /** Today holds {@code day}, stored before the app starts; the app is started and shows it in the long editor. */
    private AppDriver startOnALongDay(String day) throws Exception {
        try (Database db = Database.open(DataFolder.open(dataDir))) {
            new JdbcJournalRepository(db, clock).save(new Entry(TODAY, day, null, null, List.of(), List.of(), null, null));
        }
        AppDriver app = AppDriver.start(dataDir, clock);
        app.waitUntil(() -> app.exists("today-long-area") && app.<Node>byId("today-long").isVisible(), 10);
        FxLongText.Area area = app.byId("today-long-area");
        app.waitUntil(() -> area.getLength() == day.length(), 10);
        return app;
    }
}
