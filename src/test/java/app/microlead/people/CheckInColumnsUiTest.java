package app.microlead.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import app.microlead.AppDriver;
import app.microlead.habits.Catalogue;
import app.microlead.habits.Habit;
import app.microlead.habits.JdbcHabitRepository;
import app.microlead.habits.OnboardingViewModel;
import app.microlead.storage.DataFolder;
import app.microlead.storage.Database;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.text.Text;
import javafx.scene.control.MenuButton;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Today's micro-action lines keep their columns when a line has someone picked: the picker's names have
 * a column of one width, so the Done buttons of every line start at the same place; it shows the first
 * one's first name and how many more.
 */
class CheckInColumnsUiTest {

    private static final LocalDate TODAY = LocalDate.parse("2026-03-10");

    @TempDir
    Path dataDir;

    @Test
    void aLineWithANamePickedStartsItsButtonsWhereTheOtherLinesDo() throws Exception {
        try (Database db = Database.open(DataFolder.open(dataDir))) {
            JdbcHabitRepository habits = new JdbcHabitRepository(db);
            for (String id : List.of("greet-by-name", "explain-why")) {
                Catalogue.MicroAction a = Catalogue.load().byId(id).orElseThrow();
                habits.add(new Habit(0, a.id(), a.name(), a.why(), a.pillar(), a.schedule(), 0, false,
                        TODAY.minusDays(9), ""));
            }
            habits.setFlag(OnboardingViewModel.FLAG);
            JdbcPeopleRepository people = new JdbcPeopleRepository(db);
            people.add(Person.named("Maximiliane Oberhuber-Castellanos", TODAY.minusDays(30)));
            people.add(Person.named("Ben Okafor", TODAY.minusDays(30)));
        }
        Clock clock = Clock.fixed(Instant.parse("2026-03-10T19:30:00Z"), ZoneId.of("UTC"));
        try (AppDriver app = AppDriver.start(dataDir, clock)) {
            app.waitUntil(() -> app.exists("today-habit-1-done") && app.exists("today-habit-2-done"), 30);
            app.clickOn("today-habit-1-done");
            MenuButton picker = app.byId("today-habit-1-people");
            app.waitUntil(() -> !picker.isDisabled(), 30);
            app.clickOn("today-habit-1-people");
            app.waitUntil(() -> app.robot().lookup("#checkin-person-1").tryQuery().isPresent(), 30);
            app.robot().clickOn((Node) app.robot().lookup("#checkin-person-1").query());
            // the line has room for a first name; the tooltip and the screen reader say the whole names
            app.waitUntil(() -> "Maximiliane".equals(picker.getText()), 30);
            assertThat(picker.getAccessibleText()).isEqualTo("For Maximiliane Oberhuber-Castellanos");
            app.clickOn("today-habit-1-people");
            app.waitUntil(() -> app.robot().lookup("#checkin-person-2").tryQuery().isPresent(), 30);
            app.robot().clickOn((Node) app.robot().lookup("#checkin-person-2").query());
            // in the roster's order: Ben first
            app.waitUntil(() -> "Ben +1".equals(picker.getText()), 30);
            assertThat(picker.getAccessibleText()).isEqualTo("For Ben Okafor, Maximiliane Oberhuber-Castellanos");
            app.waitUntilSettled();
            // shown whole, not cut: the note gives way first (the picker gave way, and cut "Diego" to nothing in German)
            assertThat(((Text) picker.lookup(".text")).getText()).isEqualTo("Ben +1");

            double one = sceneX(app.byId("today-habit-1-done"));
            double two = sceneX(app.byId("today-habit-2-done"));
            assertThat(one).isCloseTo(two, within(0.5));
            assertThat(sceneX(app.byId("today-habit-1-note"))).isCloseTo(sceneX(app.byId("today-habit-2-note")), within(0.5));
        }
    }

    private static double sceneX(Node n) {
        return n.localToScene(n.getBoundsInLocal()).getMinX();
    }
}
