package app.microlead.people;

import static org.assertj.core.api.Assertions.assertThat;

import app.microlead.AppDriver;
import app.microlead.common.Pillar;
import app.microlead.habits.Habit;
import app.microlead.habits.JdbcHabitRepository;
import app.microlead.habits.OnboardingViewModel;
import app.microlead.habits.Schedule;
import app.microlead.storage.DataFolder;
import app.microlead.storage.Database;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * With no one in People yet, a micro-action's person picker offers to add someone: typed, Enter, and they are in
 * People and named on the check-in. All with the keyboard once the picker has the focus.
 */
class CheckInAddPersonUiTest {

    private static final LocalDate TODAY = LocalDate.parse("2026-03-10");

    @TempDir
    Path dataDir;

    @Test
    void someoneAddedFromTheEmptyPickerIsNamedOnTheCheckInAndInPeople() throws Exception {
        try (Database db = Database.open(DataFolder.open(dataDir))) {
            JdbcHabitRepository habits = new JdbcHabitRepository(db);
            habits.add(new Habit(0, null, "Thank someone", "", Pillar.TRUST, Schedule.daily(), 0, false,
                    TODAY.minusDays(9), ""));
            habits.setFlag(OnboardingViewModel.FLAG);
        }
        Clock clock = Clock.fixed(Instant.parse("2026-03-10T19:30:00Z"), ZoneOffset.UTC);
        try (AppDriver app = AppDriver.start(dataDir, clock)) {
            app.waitUntil(() -> app.exists("today-habit-1-done"), 30);
            app.clickOn("today-habit-1-done");
            MenuButton picker = app.byId("today-habit-1-people");
            app.waitUntil(() -> !picker.isDisabled(), 30);
            app.robot().interact(picker::requestFocus);
            app.robot().type(KeyCode.DOWN); // opens the menu, as Space does
            app.waitUntil(() -> app.robot().lookup("#checkin-add-person").tryQuery().isPresent(), 10);
            assertThat(picker.getItems()).as("no one in People: adding someone is what the menu offers")
                    .extracting(i -> i.getId()).containsExactly("checkin-add-person");
            assertThat(picker.getItems().get(0).isDisable()).isFalse();
            app.robot().type(KeyCode.DOWN).type(KeyCode.ENTER); // to the entry, and chosen
            app.waitUntil(() -> app.robot().lookup("#checkin-new-person-name").tryQuery().isPresent(), 10);
            Node name = app.robot().lookup("#checkin-new-person-name").query();
            app.waitUntil(name::isFocused, 10);
            DialogPane pane = app.robot().lookup("#checkin-new-person").query();
            assertThat(((Stage) pane.getScene().getWindow()).getTitle()).as("the window's title says what the dialog is for")
                    .isEqualTo("Add someone to People").isNotEqualTo(pane.getHeaderText());
            Button add = app.robot().lookup("#checkin-new-person-ok").query();
            assertThat(add.isDisabled()).as("Add, with no name yet").isTrue();
            app.robot().clickOn(name); // the robot types into the window it last clicked (the name is focused already)
            app.robot().write("Ana Lima").type(KeyCode.ENTER);

            app.waitUntil(() -> "Ana".equals(picker.getText()), 30);
            assertThat(picker.getAccessibleText()).isEqualTo("For Ana Lima");
            app.waitUntilSettled();
            assertThat(app.<Label>byId("shell-status").getText()).as("what the picker did, said")
                    .isEqualTo("Ana Lima was added.");
            // the writing knows the name at once (it learnt names only when the day changed)
            app.clickOn("today-text");
            app.robot().write("Thanked @an");
            app.waitUntil(() -> app.robot().lookup("#mention-list").tryQuery().map(Node::isVisible).orElse(false), 10);
            ListView<String> offered = app.robot().lookup("#mention-list").query();
            assertThat(offered.getItems()).containsExactly("Ana Lima");
            app.robot().type(KeyCode.ESCAPE);
            app.clickOn("nav-people");
            ListView<PeopleViewModel.Row> people = app.byId("people-list");
            app.waitUntil(() -> people.getItems().size() == 1, 30);
            assertThat(people.getItems().get(0).person().name()).isEqualTo("Ana Lima");
        }
        try (Database db = Database.open(DataFolder.open(dataDir))) {
            JdbcPeopleRepository repo = new JdbcPeopleRepository(db);
            assertThat(repo.checkInPeople(1, TODAY)).containsExactly(repo.people(false).get(0).id());
        }
    }
}
