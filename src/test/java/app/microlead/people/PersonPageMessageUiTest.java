package app.microlead.people;

import static org.assertj.core.api.Assertions.assertThat;

import app.microlead.AppDriver;
import app.microlead.storage.DataFolder;
import app.microlead.storage.Database;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a person's page says after a save (and hides again) shows over the page: nothing on the page moves when it
 * comes or goes, and no empty line is kept for it while nothing is said.
 */
class PersonPageMessageUiTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-04T19:30:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dataDir;

    @Test
    void savingAPersonsPageMovesNothingOnIt() throws Exception {
        try (Database db = Database.open(DataFolder.open(dataDir))) {
            new JdbcPeopleRepository(db).add(Person.named("Ana", LocalDate.of(2026, 1, 5)));
        }
        try (AppDriver app = AppDriver.start(dataDir, CLOCK)) {
            app.clickOn("nav-people");
            ListView<PeopleViewModel.Row> people = app.byId("people-list");
            app.waitUntil(() -> people.getItems().size() == 1, 10);
            app.robot().interact(() -> people.getSelectionModel().select(0));
            app.waitUntil(() -> app.<Label>byId("person-title").getText().equals("Ana"), 10);
            app.waitUntilSettled();
            Node bar = app.byId("person-message-bar");
            Node title = app.byId("person-title");
            Node figures = app.byId("person-figures").getParent(); // its card
            assertThat(bar.isVisible()).as("nothing said yet").isFalse();
            // no line kept empty for a message: the figures' card right under the name, at the page's spacing
            double gap = figures.localToScene(figures.getBoundsInLocal()).getMinY()
                    - title.localToScene(title.getBoundsInLocal()).getMaxY();
            assertThat(gap).as("between the name and the figures").isLessThanOrEqualTo(17);

            app.clickOn("person-role");
            app.robot().write("Tech lead");
            app.scrollIntoView("person-save");
            double before = sceneY(app.byId("person-save"));
            double titleBefore = sceneY(title);
            app.clickOn("person-save");
            app.waitUntil(() -> app.<Label>byId("person-message").getText().equals("Ana is saved."), 10);
            app.waitUntilSettled();
            assertThat(bar.isVisible()).as("what was done, said").isTrue();
            assertThat(sceneY(app.byId("person-save"))).as("Save, after saving").isEqualTo(before);
            assertThat(sceneY(title)).as("the name, after saving").isEqualTo(titleBefore);

            // the page's end can be scrolled clear of the message over it
            ScrollPane page = app.byId("people-page");
            double where = page.getVvalue();
            app.robot().interact(() -> page.setVvalue(page.getVmax()));
            app.waitUntilSettled();
            Node last = app.byId("person-delete");
            assertThat(last.localToScene(last.getBoundsInLocal()).getMaxY()).as("the page's last button, scrolled down")
                    .isLessThanOrEqualTo(bar.localToScene(bar.getLayoutBounds()).getMinY()); // its shadow may overlap
            app.robot().interact(() -> page.setVvalue(where));
            app.waitUntilSettled();

            app.clickOn("person-message-hide");
            app.waitUntil(() -> !bar.isVisible(), 10);
            assertThat(sceneY(app.byId("person-save"))).as("Save, the message hidden").isEqualTo(before);
            assertThat(app.<Label>byId("person-message").getText()).isEmpty();
        }
    }

    private static double sceneY(Node n) {
        return n.localToScene(n.getBoundsInLocal()).getMinY();
    }
}
