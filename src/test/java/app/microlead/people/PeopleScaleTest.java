package app.microlead.people;

import static app.microlead.people.PeopleJournal.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

import app.microlead.common.HeldTaskRunner;
import app.microlead.common.ManualScheduler;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 500 people and a 2 MB day full of mentions: the roster, completion and mentions stay right, and the
 * work that grows with the roster or the day is done in tasks, not where the user types. Times are
 * printed ("scale: …"), never asserted.
 */
class PeopleScaleTest {

    private static final String[] FIRST = {"Ana", "Ben", "Chloé", "Dmitri", "Eva", "Farah", "Göran", "Hana", "Ines",
        "Jonas", "Kofi", "Lena", "Mateo", "Nora", "Omar", "Priya", "Quentin", "Rosa", "Sven", "Tariq", "Uma", "Viktor",
        "Wen", "Xavier", "Yara"};
    private static final String[] LAST = {"Lima", "Okafor", "Dubois", "Ivanov", "Schmidt", "Haddad", "Larsson", "Sato",
        "García", "Weber", "Mensah", "Novak", "Rossi", "O'Brien", "Khan", "Patel", "Moreau", "Silva", "Berg", "Aziz"};

    @TempDir
    Path dir;
    private PeopleJournal j;
    private final List<String> names = new ArrayList<>();

    @BeforeEach
    void open() {
        j = new PeopleJournal(dir);
        for (String last : LAST) {
            for (String first : FIRST) {
                names.add(first + " " + last);
            }
        }
        long t0 = System.nanoTime();
        names.forEach(n -> j.person(n, "Team " + n.length() % 7));
        j.person("Zed Quill", "Platform");
        print("adding 501 people", t0);
    }

    @AfterEach
    void close() {
        j.close();
    }

    private static void print(String what, long since) {
        System.out.printf("scale: %s: %.1f ms%n", what, (System.nanoTime() - since) / 1e6);
    }

    /** About 2 MB: every line mentions two people, one with @; Zed only at the very end. */
    private String bigDay() {
        StringBuilder day = new StringBuilder(2_100_000);
        int i = 0;
        while (day.length() < 2_000_000) {
            day.append("@").append(names.get(i % 500)).append(" talked about the release plan with ")
                    .append(names.get((i * 7 + 3) % 500)).append(", and ana@example.com was copied.\n");
            i++;
        }
        day.append("At last Zed Quill fixed the flaky build, and @Nobody Known helped.\n");
        return day.toString();
    }

    @Test
    void aTwoMegabyteDayOfMentionsIsReadRightAndQuickly() {
        String day = bigDay();
        int lines = (int) day.lines().count() - 1;
        long t0 = System.nanoTime();
        Mentions m = j.service.mentions();
        print("mention rules for 501 people", t0);
        t0 = System.nanoTime();
        List<Mentions.Mention> found = m.find(day);
        print("finding mentions in " + day.length() / 1024 + " KiB", t0);
        assertThat(found).hasSize(2 * lines + 1);
        assertThat(found.stream().filter(Mentions.Mention::explicit)).hasSize(lines);
        t0 = System.nanoTime();
        assertThat(m.unresolved(day)).extracting(Mentions.Unresolved::name).containsExactly("Nobody");
        print("unknown and shared @Names in the day", t0);

        j.write(TODAY, day);
        long zed = j.repo.people(false).stream().filter(p -> p.name().equals("Zed Quill")).findFirst().orElseThrow().id();
        t0 = System.nanoTime();
        List<Timeline> timeline = j.service.timeline(zed);
        print("Zed's timeline (the journal read once)", t0);
        assertThat(timeline).singleElement().satisfies(x -> assertThat(x.text())
                .isEqualTo("…plan with Göran Dubois, and ana@example.com was copied. At last Zed Quill fixed the flaky build, "
                        + "and @Nobody Known helped."));
        long ana = j.repo.people(false).stream().filter(p -> p.name().equals("Ana Lima")).findFirst().orElseThrow().id();
        t0 = System.nanoTime();
        assertThat(j.service.timeline(ana)).singleElement().satisfies(x -> assertThat(x.text()).startsWith("@Ana Lima talked"));
        print("Ana's timeline (kept)", t0);
    }

    @Test
    void completionAndTheRosterWorkInTasksAndStayRight() {
        HeldTaskRunner tasks = new HeldTaskRunner();
        MentionCompletionViewModel c = new MentionCompletionViewModel(j.service, tasks);
        c.showDay(TODAY);
        assertThat(c.candidates("an")).as("nothing read where the user types").isEmpty();
        long t0 = System.nanoTime();
        tasks.release();
        print("reading the roster for completion", t0);

        t0 = System.nanoTime();
        for (String q : List.of("a", "an", "ana", "ana ", "ana l", "o'b", "gar", "chloe", "z")) {
            c.candidates(q);
        }
        print("9 completion queries over 501 names", t0);
        assertThat(c.candidates("a")).hasSize(MentionCompletionViewModel.MAX_OFFERED);
        assertThat(c.candidates("ana l")).containsExactly("Ana Larsson", "Ana Lima");
        assertThat(c.candidates("ana li")).containsExactly("Ana Lima");
        assertThat(c.candidates("chloe d")).containsExactly("Chloé Dubois");
        assertThat(c.candidates("garc")).hasSize(MentionCompletionViewModel.MAX_OFFERED).allMatch(n -> n.endsWith("García"));
        assertThat(c.candidates("zed")).containsExactly("Zed Quill");

        String day = bigDay();
        c.check(day);
        assertThat(tasks.held()).as("the 2 MB day is checked in a task").isEqualTo(1);
        assertThat(c.unknown()).isEmpty();
        t0 = System.nanoTime();
        tasks.release();
        print("checking the 2 MB day for unknown @Names and promises", t0);
        assertThat(c.unknown()).containsExactly("Nobody");

        PeopleViewModel vm = new PeopleViewModel(j.service, tasks, new ManualScheduler(), j.dialogs);
        vm.load();
        assertThat(vm.roster()).isEmpty();
        t0 = System.nanoTime();
        tasks.release();
        print("loading the People view", t0);
        assertThat(vm.roster()).hasSize(501);
        assertThat(vm.roster().get(0).person().name()).isEqualTo("Ana Aziz");
    }

    @Test
    void theRosterIsShownBeforeWhatTheJournalSaysAboutEachIsRead() {
        j.write(TODAY, "@Ana Lima and @Zed Quill went through the roadmap.");
        HeldTaskRunner tasks = new HeldTaskRunner();
        PeopleViewModel vm = new PeopleViewModel(j.service, tasks, new ManualScheduler(), j.dialogs);
        vm.load();
        tasks.step();
        // before: nothing (and "No one yet") until the whole journal was read, seconds on a long one
        assertThat(vm.roster()).hasSize(501).allSatisfy(r -> assertThat(r.summary())
                .endsWith("reading what your journal says about them…"));
        vm.selectedProperty().set(vm.roster().stream().filter(r -> r.person().name().equals("Zed Quill")).findFirst()
                .orElseThrow());
        j.dialogs.answer = false;
        vm.deleteSelected(); // before: "the 0 days that mention them", the roster not knowing yet
        tasks.release(); // what the journal says about everyone, Zed's page, the days that mention Zed
        assertThat(vm.roster()).hasSize(501).allSatisfy(r -> assertThat(r.summary()).contains("last 1:1: never"));
        assertThat(vm.selectedProperty().get().person().name()).isEqualTo("Zed Quill");
        assertThat(j.dialogs.shown).last().asString().contains("Delete Zed Quill").contains("the 1 days that mention them");
    }
}
