package app.microlead.people;

import static app.microlead.people.PeopleJournal.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two people called Alex (one in Platform, one in Mobile). {@code @Alex} counts for neither — guessing
 * would put one Alex's day on the other's page — and wherever the user writes it, the app says so and
 * what to do (give each a longer name), instead of offering to add a third Alex or making a promise to
 * someone else on the line. Everything that belongs to one Alex by id stays theirs.
 */
class SharedNamesTest {

    @TempDir
    Path dir;
    private PeopleJournal j;
    private Person platform;
    private Person mobile;

    @BeforeEach
    void open() {
        j = new PeopleJournal(dir);
        platform = j.person("Alex", "Platform");
        mobile = j.person("Alex", "Mobile");
        j.person("Ben Okafor", "Platform");
    }

    @AfterEach
    void close() {
        j.close();
    }

    @Test
    void atAlexCountsForNeitherAndTheWritingSaysWhatToDo() {
        j.write(TODAY.minusDays(1), "Talked to @Alex about the release.");
        assertThat(j.service.timeline(platform.id())).isEmpty();
        assertThat(j.service.timeline(mobile.id())).isEmpty();

        MentionCompletionViewModel c = j.completion();
        c.check("Talked to @Alex about the release, and to @Zoe.");
        // before: "@Alex is not in People. [Add Alex to People]" — a third Alex
        assertThat(c.unknown()).containsExactly("Zoe");
        assertThat(c.shared()).singleElement().asString()
                .isEqualTo("@Alex is the name of 2 people, so it counts for none of them. In People, give each of them "
                        + "a longer name (with a surname, say) and write that.");
    }

    @Test
    void theRosterTellsThemApartByTeam() {
        j.vm.load();
        // before: both rows read "Alex / last 1:1: never · recognised: never" (only the role was shown, and they have none)
        assertThat(j.vm.roster()).filteredOn(r -> r.person().name().equals("Alex")).extracting(PeopleViewModel.Row::summary)
                .containsExactlyInAnyOrder("Platform · last 1:1: never · recognised: never",
                        "Mobile · last 1:1: never · recognised: never");
    }

    @Test
    void completionOffersTheSharedNameOnceAndSaysItCountsForNone() {
        MentionCompletionViewModel c = j.completion();
        // before: [Alex, Alex], two lines alike, either inserting a mention that counts for no one
        assertThat(c.candidates("al")).containsExactly("Alex");
        assertThat(c.label("Alex")).isEqualTo("Alex — 2 people have this name: @Alex counts for none of them");
        assertThat(c.label("Ben Okafor")).isEqualTo("Ben Okafor");
    }

    @Test
    void aPromiseLineToASharedNameIsMadeToNoOne() {
        MentionCompletionViewModel c = j.completion();
        c.check("!promise @Alex ask Ben about the budget by Friday");
        // before: offered as a promise to someone not in People ("add Alex to People first")
        assertThat(c.promises()).singleElement().satisfies(o -> {
            assertThat(o.line().ready()).isFalse();
            assertThat(o.line().sharedBy()).isEqualTo(2);
            assertThat(o.label()).isEqualTo("A promise to @Alex (\"ask Ben about the budget\"): 2 people have this name. "
                    + "In People, give each of them a longer name and write that here.");
        });
        c.makePromise(c.promises().get(0));
        assertThat(j.repo.allPromises()).isEmpty();
    }

    @Test
    void longerNamesTellThemApartAndOldTextStaysWithNeither() {
        j.write(TODAY.minusDays(2), "@Alex was out sick.");
        j.repo.update(platform.withName("Alex Kim"));
        j.repo.update(mobile.withName("Alex Meyer"));
        j.write(TODAY.minusDays(1), "@Alex Kim shipped the cache; Alex Meyer reviewed it.");
        assertThat(j.service.timeline(platform.id())).extracting(Timeline::date).containsExactly(TODAY.minusDays(1));
        assertThat(j.service.timeline(mobile.id())).extracting(Timeline::date).containsExactly(TODAY.minusDays(1));
        assertThat(j.service.timeline(mobile.id()).get(0).text()).contains("Alex Meyer reviewed");
        // both were "Alex" before: still no one's
        assertThat(j.service.mentions().people("@Alex was out sick.")).isEmpty();
    }

    @Test
    void oneOnOnesPromisesAndTheAgendaStayWithTheirAlex() {
        PersonViewModel page = j.vm.page();
        page.show(platform);
        page.promiseTextProperty().set("Review the cache design");
        page.addPromise();
        page.notesProperty().set("Talked about on-call");
        page.followUpsProperty().set("- send the rota");
        page.meetingDateProperty().set(TODAY.minusDays(3));
        page.saveOneOnOne();

        page.show(mobile);
        page.prepare();
        assertThat(page.agendaProperty().get()).startsWith("# 1:1 with Alex").doesNotContain("cache")
                .doesNotContain("rota");
        assertThat(j.service.timeline(mobile.id())).isEmpty();
        page.show(platform);
        page.prepare();
        assertThat(page.agendaProperty().get()).contains("Review the cache design").contains("send the rota");
        assertThat(j.service.timeline(platform.id())).extracting(Timeline::kind)
                .containsExactlyInAnyOrder(Timeline.Kind.ONE_ON_ONE, Timeline.Kind.PROMISE);
        assertThat(j.service.openPromiseLines()).containsExactly("To Alex: Review the cache design");
    }

    @Test
    void addingANamesakeOfAnArchivedPersonAsksToo() {
        Person sam = j.person("Sam", "");
        j.repo.update(sam.withArchived(true));
        j.vm.load();
        j.dialogs.answer = false;
        // before: the roster shown (without archived people) was asked, so no question, and @Sam was lost for both
        j.add("sam");
        assertThat(j.dialogs.shown).singleElement().asString().startsWith("Same name: Someone called sam");
        j.add("Alex 🚀"); // the same words for mentions as "Alex"
        assertThat(j.dialogs.shown).hasSize(2);
        assertThat(j.repo.people(true)).hasSize(4);
        j.add("Alexandra");
        assertThat(j.dialogs.shown).hasSize(2);
        assertThat(j.repo.people(true)).hasSize(5);
        // names that differ only in case, accents or what joins their words are one name to mentions
        j.add("José Müller");
        for (String alike : new String[] {"jose muller", "JOSÉ-MÜLLER", "Jose\u0301 Mu\u0308ller"}) {
            j.add(alike);
        }
        assertThat(j.dialogs.shown).hasSize(5);
        assertThat(j.repo.people(true)).hasSize(6);
        j.dialogs.answer = true;
        j.add("jose muller");
        assertThat(j.repo.people(true)).hasSize(7);
        assertThat(j.service.mentions().people("@José Müller and @jose-muller")).isEmpty();
    }

    @Test
    void renamingSomeoneToANamesakeSaysWhatItMeans() {
        Person ben = j.repo.people(false).stream().filter(p -> p.name().startsWith("Ben")).findFirst().orElseThrow();
        PersonViewModel page = j.vm.page();
        page.show(ben);
        page.nameProperty().set("alex");
        page.save();
        assertThat(page.messageProperty().get()).isEqualTo("alex is saved. 3 people are now called alex, so @alex counts "
                + "for none of them: give each of them a longer name (with a surname, say).");
        page.roleProperty().set("Engineer");
        page.save();
        assertThat(page.messageProperty().get()).isEqualTo("alex is saved.");
        assertThat(Roster.lookup(j.repo.people(true), j.repo.aliases(), "ALEX")).hasSize(3);
        assertThat(List.of(platform.id(), mobile.id(), ben.id())).doesNotHaveDuplicates();
    }
}
