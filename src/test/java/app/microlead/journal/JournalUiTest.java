package app.microlead.journal;

import static org.assertj.core.api.Assertions.assertThat;

import app.microlead.AppDriver;
import app.microlead.shell.ViewId;
import app.microlead.storage.DataFolder;
import app.microlead.storage.Database;
import app.microlead.ui.FxLongText;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A leader writes the evening's reflection, closes the app, and finds the day again. */
class JournalUiTest {

    @TempDir
    Path dataDir;

    private final Clock clock = Clock.fixed(Instant.parse("2026-03-10T19:30:00Z"), ZoneId.of("UTC"));

    @Test
    void writeRestartAndFindTheDayInCalendarAndSearch() throws Exception {
        String promptText;
        try (AppDriver app = AppDriver.start(dataDir, clock)) {
            assertThat(app.app().shell().currentViewProperty().get()).isEqualTo(ViewId.TODAY);
            app.waitUntil(() -> app.exists("prompt-answer-0"), 10);
            assertThat(app.<Label>byId("today-date-title").getText()).isEqualTo("Tuesday 10 March 2026");

            app.clickOn("mood-4");
            app.clickOn("energy-3");
            assertThat(app.<ToggleButton>byId("mood-4").isSelected()).isTrue();
            // a step reached by the keyboard shows it (the rating's look hid the focus: Space cleared a mood unseen)
            app.robot().type(KeyCode.TAB);
            app.waitUntilSettled();
            Node focused = app.byId("energy-3").getScene().getFocusOwner();
            assertThat(focused.getId()).as("Tab from energy 3").isIn("energy-4", "energy-clear");
            assertThat(focused.isFocusVisible()).isTrue();
            assertThat(((Region) focused).getBorder()).as(focused.getId() + ", focused by the keyboard").isNotNull()
                    .isNotEqualTo(app.<ToggleButton>byId("energy-1").getBorder());

            app.clickOn("today-text");
            app.robot().write("Delegated the demo to Ana and stood back. #delegation");
            promptText = app.<Label>byId("prompt-text-0").getText();
            app.clickOn("prompt-answer-0");
            app.robot().write("Ana ran it well.");
            app.clickOn("today-tag-input");
            app.robot().write("team").type(KeyCode.ENTER);
            app.waitUntil(() -> app.exists("tag-chip-team"), 5);
            assertThat(app.<Label>byId("today-word-count").getText()).isEqualTo("9 words");

            app.waitUntil(() -> app.<Label>byId("today-status").getText().startsWith("Saved"), 10);
        }

        try (AppDriver app = AppDriver.start(dataDir, clock)) {
            app.waitUntil(() -> app.exists("prompt-answer-0"), 10);
            assertThat(app.<TextArea>byId("today-text").getText())
                    .isEqualTo("Delegated the demo to Ana and stood back. #delegation");
            assertThat(app.<Label>byId("prompt-text-0").getText()).isEqualTo(promptText);
            assertThat(app.<TextArea>byId("prompt-answer-0").getText()).isEqualTo("Ana ran it well.");
            assertThat(app.<ToggleButton>byId("energy-3").isSelected()).isTrue();

            app.clickOn("nav-journal");
            app.waitUntil(() -> app.<Button>byId("cal-day-2026-03-10").getStyleClass().contains("has-entry"), 10);
            assertThat(app.<Button>byId("cal-day-2026-03-10").getStyleClass()).contains("mood-4");

            app.clickOn("journal-search");
            app.robot().write("delegating");
            ListView<JournalSearch.Hit> results = app.byId("journal-results");
            app.waitUntil(() -> results.isVisible() && !results.getItems().isEmpty(), 10);
            assertThat(results.getItems()).extracting(h -> h.date().toString()).containsExactly("2026-03-10");

            app.robot().type(KeyCode.ENTER);
            app.waitUntil(() -> app.app().shell().currentViewProperty().get() == ViewId.TODAY, 5);
            assertThat(app.<TextArea>byId("today-text").getText()).startsWith("Delegated the demo");
        }
    }

    @Test
    void aMoodChosenWithTheArrowKeysIsKeptAndAnotherDayDoesNotShowIt() throws Exception {
        try (AppDriver app = AppDriver.start(dataDir, clock)) {
            app.waitUntil(() -> app.exists("prompt-answer-0"), 10);
            app.clickOn("mood-2");
            app.robot().type(KeyCode.RIGHT).type(KeyCode.RIGHT);
            app.waitUntilSettled();
            assertThat(app.<ToggleButton>byId("mood-4").isSelected()).isTrue();
            assertThat(app.<Button>byId("mood-clear").isDisabled()).as("a mood to clear").isFalse();
            Node stepped = app.stage().getScene().getFocusOwner();
            assertThat(stepped.getId()).isEqualTo("mood-4");
            assertThat(stepped.getPseudoClassStates()).as("its ring shows").contains(PseudoClass.getPseudoClass("keyed"));
            app.robot().type(KeyCode.SPACE); // on the chosen step: it stays chosen
            app.waitUntilSettled();
            assertThat(app.<ToggleButton>byId("mood-4").isSelected()).isTrue();
            app.waitUntil(() -> app.<Label>byId("today-status").getText().startsWith("Saved"), 10);

            app.robot().press(KeyCode.ALT).type(KeyCode.PAGE_UP).release(KeyCode.ALT);
            app.waitUntil(() -> app.<Label>byId("today-date-title").getText().startsWith("Monday 9 March"), 10);
            app.waitUntilSettled();
            for (int i = 1; i <= 5; i++) {
                assertThat(app.<ToggleButton>byId("mood-" + i).isSelected()).as("an empty day shows no mood " + i).isFalse();
            }
            app.robot().press(KeyCode.ALT).type(KeyCode.PAGE_DOWN).release(KeyCode.ALT);
            app.waitUntil(() -> app.<ToggleButton>byId("mood-4").isSelected(), 10);
            app.clickOn("today-text");
            app.robot().write("Calm day.").type(KeyCode.TAB);
            app.waitUntilSettled();
            assertThat(app.<TextArea>byId("today-text").getText()).as("Tab is no character here").isEqualTo("Calm day.");
            assertThat(app.stage().getScene().getFocusOwner().getId()).as("Tab leaves the text").isNotEqualTo("today-text");
            app.clickOn("energy-3");
            app.robot().type(KeyCode.DELETE);
            app.waitUntil(() -> !app.<ToggleButton>byId("energy-3").isSelected(), 5);
            app.waitUntil(() -> app.<Label>byId("today-status").getText().startsWith("Saved"), 10);
        }
        try (Database db = Database.open(DataFolder.open(dataDir))) {
            assertThat(new JdbcJournalRepository(db, clock).find(LocalDate.of(2026, 3, 10)))
                    .hasValueSatisfying(e -> {
                        assertThat(e.mood()).as("chosen with the arrow keys, kept").isEqualTo(4);
                        assertThat(e.energy()).as("cleared with Delete").isNull();
                    });
        }
    }

    @Test
    void aSearchThatHidesTheSelectedDayLeavesNothingToOpenOrDelete() throws Exception {
        try (Database db = Database.open(
                DataFolder.open(dataDir))) {
            new JdbcJournalRepository(db, clock).save(new Entry(LocalDate.of(2026, 3, 9),
                    "Celebrated the small win with the team.", 4, 3, List.of(), List.of(), null, null));
        }
        try (AppDriver app = AppDriver.start(dataDir, clock)) {
            app.clickOn("nav-journal");
            ListView<EntrySummary> all = app.byId("journal-list");
            app.waitUntil(() -> !all.getItems().isEmpty(), 10);
            app.robot().interact(() -> all.getSelectionModel().select(0));
            app.waitUntil(() -> !app.<Button>byId("journal-delete").isDisabled(), 5);
            assertThat(app.<Button>byId("journal-delete").getStyleClass()).doesNotContain("danger");

            app.clickOn("journal-search");
            app.robot().write("zebra");
            app.waitUntil(() -> app.byId("journal-results").isVisible(), 10);
            app.waitUntil(() -> app.<Button>byId("journal-delete").isDisabled(), 5);
            assertThat(app.<Button>byId("journal-open").isDisabled()).isTrue();
        }
    }

    @Test
    void ctrlFJumpsToSearchFromAnywhere() throws Exception {
        try (AppDriver app = AppDriver.start(dataDir, clock)) {
            app.clickOn("nav-settings");
            app.robot().press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
            app.waitUntil(() -> app.app().shell().currentViewProperty().get() == ViewId.JOURNAL, 5);
            app.waitUntil(() -> app.byId("journal-search").isFocused(), 5);
            assertThat(app.<TextField>byId("journal-search").isFocused()).isTrue();
        }
    }

    @Test
    void aMegabytePasteIsKeptAndTooMuchIsRefusedWithAMessage() throws Exception {
        String megabyte = "Notes from the offsite. ".repeat(43_500);
        try (AppDriver app = AppDriver.start(dataDir, clock)) {
            app.waitUntil(() -> app.exists("prompt-answer-0"), 10);
            TextArea text = app.byId("today-text");
            app.scrollIntoView("today-text");
            app.robot().interact(() -> {
                text.requestFocus();
                text.replaceSelection(megabyte);
            });
            app.waitUntil(() -> app.<Label>byId("today-status").getText().startsWith("Saved"), 15);
            // a day this long is written on in the long day's editor (LongDayUiTest)
            FxLongText.Area area = app.byId("today-long-area");
            app.waitUntil(() -> area.getLength() == megabyte.length(), 5);
            assertThat(text.isVisible()).isFalse();

            String tooMuch = "x".repeat(app.journalLimit() - megabyte.length() + 1);
            app.robot().interact(() -> area.replaceSelection(tooMuch));
            assertThat(app.<Label>byId("today-error").getText()).contains("Nothing was added");
            assertThat(area.getLength()).isEqualTo(megabyte.length());
        }
    }
}
