package app.microlead.people;

import static org.assertj.core.api.Assertions.assertThat;

import app.microlead.AppDriver;
import app.microlead.storage.DataFolder;
import app.microlead.storage.Database;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Typing @ and the start of a name in today's writing offers the roster; an unknown @Name can be added. */
class MentionCompletionUiTest {

    @TempDir
    Path dataDir;

    private final Clock clock = Clock.fixed(Instant.parse("2026-03-10T19:30:00Z"), ZoneId.of("UTC"));

    @Test
    void atCompletesANameFromTheRosterAndAnUnknownNameCanBeAdded() throws Exception {
        try (Database db = Database.open(DataFolder.open(dataDir))) {
            JdbcPeopleRepository repo = new JdbcPeopleRepository(db);
            repo.add(Person.named("Ana Lima", LocalDate.of(2026, 3, 1)));
            repo.add(Person.named("Ben Okafor", LocalDate.of(2026, 3, 1)));
        }
        try (AppDriver app = AppDriver.start(dataDir, clock)) {
            app.waitUntil(() -> app.exists("today-text"), 10);
            TextArea text = app.byId("today-text");
            app.clickOn("today-text");
            app.robot().write("Thanked @an");
            app.waitUntil(() -> app.robot().lookup("#mention-list").tryQuery().map(n -> n.isVisible()).orElse(false), 10);
            ListView<String> list = app.robot().lookup("#mention-list").query();
            assertThat(list.getItems()).containsExactly("Ana Lima");
            app.robot().type(KeyCode.ENTER);
            app.waitUntil(() -> text.getText().equals("Thanked @Ana Lima "), 10);
            assertThat(text.getText()).doesNotContain("\n");

            app.robot().write("and @Zoe.");
            app.waitUntil(() -> app.exists("mention-add-0"), 10);
            app.clickOn("mention-add-0");
            app.waitUntil(() -> !app.exists("mention-add-0"), 10);
        }
        try (Database db = Database.open(DataFolder.open(dataDir))) {
            assertThat(new JdbcPeopleRepository(db).people(false)).extracting(Person::name)
                    .containsExactly("Ana Lima", "Ben Okafor", "Zoe");
        }
    }

    @Test
    void aNameTwoPeopleShareIsOfferedOnceAndTheWritingSaysItCountsForNeither() throws Exception {
        try (Database db = Database.open(DataFolder.open(dataDir))) {
            JdbcPeopleRepository repo = new JdbcPeopleRepository(db);
            for (String team : new String[] {"Platform", "Mobile"}) {
                repo.add(new Person(0, "Alex", "", team, null, "", Person.Cadence.NONE, false, LocalDate.of(2026, 3, 1),
                        false, null));
            }
        }
        try (AppDriver app = AppDriver.start(dataDir, clock)) {
            app.waitUntil(() -> app.exists("today-text"), 10);
            TextArea text = app.byId("today-text");
            app.clickOn("today-text");
            app.robot().write("Thanked @al");
            app.waitUntil(() -> app.robot().lookup("#mention-list").tryQuery().map(n -> n.isVisible()).orElse(false), 10);
            ListView<String> list = app.robot().lookup("#mention-list").query();
            assertThat(list.getItems()).containsExactly("Alex");
            app.waitUntil(() -> app.robot().from(list).lookup(".list-cell").queryAllAs(ListCell.class).stream()
                    .anyMatch(c -> "Alex — 2 people have this name: @Alex counts for none of them".equals(c.getText())), 10);
            app.robot().type(KeyCode.ENTER);
            app.waitUntil(() -> text.getText().equals("Thanked @Alex "), 10);
            app.waitUntil(() -> app.robot().lookup(".mention-shared").tryQuery().map(n -> n.isVisible()).orElse(false), 10);
            Label note = app.robot().lookup(".mention-shared").query();
            assertThat(note.getText()).startsWith("@Alex is the name of 2 people, so it counts for none of them.");
            assertThat(app.exists("mention-add-0")).isFalse();
        }
    }
}
