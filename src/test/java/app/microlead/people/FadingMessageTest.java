package app.microlead.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** "Saved" goes away by itself after a while; what went wrong stays until something else is said. */
class FadingMessageTest {

    private static final Duration ALMOST = FadingMessage.SHOWN.minusMillis(1);

    @TempDir
    Path dir;
    private PeopleJournal j;

    @BeforeEach
    void open() {
        j = new PeopleJournal(dir);
    }

    @AfterEach
    void close() {
        j.close();
    }

    @Test
    void theRostersConfirmationGoesAndItsErrorStays() {
        j.add("Ana Lima");
        assertThat(j.vm.messageProperty().get()).isEqualTo("Ana Lima was added.");
        j.scheduler.advance(ALMOST);
        assertThat(j.vm.messageProperty().get()).as("still there just before").isEqualTo("Ana Lima was added.");
        j.scheduler.advance(Duration.ofMillis(1));
        assertThat(j.vm.messageProperty().get()).isEmpty();

        j.add("!!!");
        String error = j.vm.messageProperty().get();
        assertThat(error).startsWith("A name needs at least one letter or digit");
        j.scheduler.advance(FadingMessage.SHOWN.multipliedBy(10));
        assertThat(j.vm.messageProperty().get()).isEqualTo(error);
    }

    @Test
    void thePagesConfirmationGoesUnlessSomethingElseWasSaidSince() {
        j.add("Ana Lima");
        j.vm.selectedProperty().set(j.vm.roster().get(0));
        PersonViewModel page = j.vm.page();
        page.promiseTextProperty().set("Review her draft");
        page.addPromise();
        assertThat(page.messageProperty().get()).isEqualTo("The promise is saved.");
        j.scheduler.advance(FadingMessage.SHOWN.dividedBy(2));
        // a second promise said again later: the first one's time does not take it away early
        page.promiseTextProperty().set("Send the course link");
        page.addPromise();
        j.scheduler.advance(FadingMessage.SHOWN.dividedBy(2));
        assertThat(page.messageProperty().get()).isEqualTo("The promise is saved.");
        j.scheduler.advance(FadingMessage.SHOWN.dividedBy(2));
        assertThat(page.messageProperty().get()).isEmpty();

        // a blank promise is refused: that stays
        page.promiseTextProperty().set("   ");
        page.addPromise();
        String refused = page.messageProperty().get();
        assertThat(refused).isNotEmpty().isNotEqualTo("The promise is saved.");
        j.scheduler.advance(FadingMessage.SHOWN.multipliedBy(10));
        assertThat(page.messageProperty().get()).isEqualTo(refused);
    }
}
