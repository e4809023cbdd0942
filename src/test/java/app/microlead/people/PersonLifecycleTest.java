package app.microlead.people;

import static app.microlead.people.PeopleJournal.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Renaming, archiving and deleting (with undo) someone who has a history: 1:1s, promises and old text. */
class PersonLifecycleTest {

    @TempDir
    Path dir;
    private PeopleJournal j;
    private PersonViewModel page;
    private long ana;

    @BeforeEach
    void open() {
        j = new PeopleJournal(dir);
        j.write(TODAY.minusDays(20), "Ana Lima showed the demo.");
        j.write(TODAY.minusDays(2), "@Ana asked for more say in the roadmap.");
        j.add("Ana Lima");
        j.add("Ben Okafor");
        page = j.vm.page();
        Person a = j.repo.people(false).get(0);
        ana = a.id();
        j.vm.selectedProperty().set(j.vm.roster().get(0));
        page.meetingDateProperty().set(TODAY.minusDays(10));
        page.notesProperty().set("Talked about the roadmap");
        page.followUpsProperty().set("- send the course link");
        page.saveOneOnOne();
        page.promiseTextProperty().set("Review her draft");
        page.promiseDueProperty().set(TODAY.minusDays(1));
        page.addPromise();
    }

    @AfterEach
    void close() {
        j.close();
    }

    private void rename(String name) {
        page.nameProperty().set(name);
        page.save();
    }

    @Test
    void aRenameKeepsEverythingAndOldTextStillFindsThem() {
        rename("Ana Souza");
        j.write(TODAY.minusDays(1), "@Ana Souza led the retro.");
        assertThat(j.service.timeline(ana)).extracting(Timeline::kind).containsExactlyInAnyOrder(Timeline.Kind.JOURNAL,
                Timeline.Kind.JOURNAL, Timeline.Kind.ONE_ON_ONE, Timeline.Kind.PROMISE, Timeline.Kind.JOURNAL);
        page.prepare();
        assertThat(page.agendaProperty().get()).startsWith("# 1:1 with Ana Souza").contains("Review her draft")
                .contains("send the course link").contains("led the retro").contains("more say in the roadmap");
        assertThat(j.service.promisesDue()).extracting(e -> e.getKey().name()).containsExactly("Ana Souza");
        assertThat(j.service.openPromiseLines()).singleElement().asString().startsWith("To Ana Souza: Review her draft");
        assertThat(Roster.lookup(j.repo.people(true), j.repo.aliases(), "ana lima")).extracting(Person::id)
                .containsExactly(ana);
        assertThat(j.vm.roster()).extracting(r -> r.person().name()).containsExactly("Ana Souza", "Ben Okafor");

        rename("Ana Lima"); // back: the former name is no longer kept as a former name
        assertThat(j.repo.aliases().getOrDefault(ana, List.of())).containsExactly("Ana Souza");
        assertThat(j.service.timeline(ana)).hasSize(5);
    }

    @Test
    void anArchivedPersonKeepsTheirHistoryAndTheOpenPromiseIsStillOwed() {
        j.vm.toggleArchived();
        assertThat(j.vm.messageProperty().get()).isEqualTo("Ana Lima is archived: kept, and hidden from the roster.");
        assertThat(j.vm.roster()).extracting(r -> r.person().name()).containsExactly("Ben Okafor");
        assertThat(j.service.timeline(ana)).hasSize(4);
        // a promise made to someone who left is still a promise: Today keeps showing it until it is closed
        assertThat(j.service.promisesDue()).extracting(e -> e.getKey().id()).containsExactly(ana);
        assertThat(j.service.nudgeToday().stream().map(n -> n.person().id())).doesNotContain(ana);
        assertThat(j.service.mentions().people("@Ana")).containsExactly(ana);
    }

    @Test
    void deletingAnArchivedPersonCanBeUndoneWithEverythingBack() {
        rename("Ana Souza");
        j.vm.showArchivedProperty().set(true);
        j.vm.selectedProperty().set(j.vm.roster().get(0));
        j.vm.toggleArchived();
        j.vm.selectedProperty().set(j.vm.roster().stream().filter(r -> r.person().id() == ana).findFirst().orElseThrow());
        Map<Long, Attention> before = j.service.attention();

        j.vm.deleteSelected();
        assertThat(j.dialogs.shown).last().asString().contains("Delete Ana Souza").contains("the 2 days that mention them");
        assertThat(j.repo.find(ana)).isEmpty();
        assertThat(j.service.promisesDue()).isEmpty();
        assertThat(j.service.mentions().people("Ana Lima showed the demo.")).isEmpty();
        assertThat(j.vm.undoTextProperty().get()).isEqualTo("Ana Souza was deleted.");

        j.vm.undoDelete();
        Person back = j.repo.find(ana).orElseThrow();
        assertThat(back.name()).isEqualTo("Ana Souza");
        assertThat(back.archived()).isTrue();
        assertThat(j.repo.aliases().get(ana)).containsExactly("Ana Lima");
        assertThat(j.service.timeline(ana)).hasSize(4);
        assertThat(j.service.attention()).isEqualTo(before);
        assertThat(j.service.promisesDue()).hasSize(1);
        assertThat(j.vm.roster()).extracting(r -> r.person().name()).containsExactly("Ana Souza", "Ben Okafor");
    }

    @Test
    void withoutUndoTheDeleteStaysAndTheJournalsTextIsUntouched() {
        j.vm.deleteSelected();
        j.scheduler.advance(Duration.ofSeconds(11));
        assertThat(j.vm.undoAvailableProperty().get()).isFalse();
        j.vm.undoDelete();
        assertThat(j.repo.find(ana)).isEmpty();
        assertThat(j.repo.allPromises()).isEmpty();
        assertThat(j.repo.allOneOnOnes()).isEmpty();
        assertThat(j.journal.find(TODAY.minusDays(20)).orElseThrow().text()).isEqualTo("Ana Lima showed the demo.");
    }
}
