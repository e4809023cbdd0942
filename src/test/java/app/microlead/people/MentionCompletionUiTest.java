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
}
