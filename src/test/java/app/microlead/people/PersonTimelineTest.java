package app.microlead.people;

import static app.microlead.people.PeopleJournal.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

import app.microlead.common.HeldTaskRunner;
import app.microlead.common.ManualScheduler;
import app.microlead.common.StubDialogs;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A person's page on a long journal: the timeline shows the newest 200 lines and more on request (every
 * line shown is a cell the page lays out: 5,832 for one person of the generated twenty-year journal), and
 * while another person's page loads, the last one's lines are not shown under the new name.
 */
class PersonTimelineTest {

    @TempDir
    Path dir;
    private PeopleJournal j;
    private Person ana;
    private Person alex;

    @BeforeEach
    void open() {
        j = new PeopleJournal(dir);
        ana = j.person("Ana Lima", "Platform");
        alex = j.person("Alex", "Mobile");
        j.db.transaction(() -> {
            for (int i = 0; i < 450; i++) {
                j.write(TODAY.minusDays(i), "Day " + i + ": @Ana Lima and I went through the roadmap.");
            }
            return null;
        });
    }

    @AfterEach
    void close() {
        j.close();
    }

    @Test
    void theNewest200LinesAreShownAndEarlierOnesOnRequest() {
        PersonViewModel page = j.vm.page();
        page.show(ana);
        // before: all 450 lines at once
        assertThat(page.timeline()).hasSize(200).first().extracting(Timeline::date).isEqualTo(TODAY);
        assertThat(page.timelineMoreProperty().get()).isEqualTo("Show 200 earlier lines (250 not shown yet)");
        page.showEarlierTimeline();
        assertThat(page.timeline()).hasSize(400);
        assertThat(page.timelineMoreProperty().get()).isEqualTo("Show 50 earlier lines (50 not shown yet)");
        page.roleProperty().set("Engineer");
        page.save(); // reads the page again: what was shown stays shown
        assertThat(page.timeline()).hasSize(400);
        page.showEarlierTimeline();
        assertThat(page.timeline()).hasSize(450).last().extracting(Timeline::date).isEqualTo(TODAY.minusDays(449));
        assertThat(page.timelineMoreProperty().get()).isEmpty();
        page.show(alex);
        assertThat(page.timeline()).isEmpty();
        assertThat(page.timelineMoreProperty().get()).isEmpty();
    }

    @Test
    void whileAnotherPersonsPageLoadsTheLastOnesLinesAreGone() {
        HeldTaskRunner tasks = new HeldTaskRunner();
        PersonViewModel page = new PersonViewModel(j.service, tasks, new ManualScheduler(), new StubDialogs(), stored -> { }, said -> { });
        page.show(ana);
        tasks.release();
        assertThat(page.timeline()).hasSize(200);
        assertThat(page.figuresProperty().get()).isNotEmpty();
        page.show(alex);
        // before: Ana's 450 lines and figures stayed under Alex's name until Alex's were read
        assertThat(page.timeline()).isEmpty();
        assertThat(page.promises()).isEmpty();
        assertThat(page.figuresProperty().get()).isEmpty();
        tasks.release();
        assertThat(page.timeline()).isEmpty();
    }
}
