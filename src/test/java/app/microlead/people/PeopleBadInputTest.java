package app.microlead.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Names a real user types: accents, apostrophes, hyphens, emoji, 200 characters, and names that are not names. */
class PeopleBadInputTest {

    private static final LocalDate TODAY = PeopleJournal.TODAY;
    private static final String NO_LETTERS = "A name needs at least one letter or digit";

    @TempDir
    Path dir;
    private PeopleJournal j;
    private JdbcPeopleRepository repo;
    private PeopleViewModel vm;

    @BeforeEach
    void open() {
        j = new PeopleJournal(dir);
        repo = j.repo;
        vm = j.vm;
    }

    @AfterEach
    void close() {
        j.close();
    }

    private void add(String name) {
        j.add(name);
    }

    private static Person p(long id, String name) {
        return new Person(id, name, "", "", null, "", Person.Cadence.NONE, false, TODAY, false, null);
    }

    @Test
    void namesJoinedByAnApostropheAreFoundAsWritten() {
        // before: the apostrophe split the name in two words that had to be joined by a space or hyphen,
        // so O'Brien was never found, and "Seán O’Neill" was found only as "Seán"
        Mentions m = new Mentions(List.of(p(1, "O'Brien"), p(2, "Seán O’Neill"), p(3, "Ana S")), Map.of());
        assertThat(m.people("Lunch with O'Brien")).containsExactly(1L);
        assertThat(m.people("Lunch with @O’Brien, then @o'brien again")).containsExactly(1L);
        String text = "Met Seán O’Neill today";
        assertThat(m.find(text)).singleElement()
                .satisfies(x -> assertThat(text.substring(x.start(), x.end())).isEqualTo("Seán O’Neill"));
        // the "'s" of a possessive is not a second word of a name: "Ana's" is Ana S's first name, not "Ana S"
        String possessive = "Ana's draft";
        assertThat(m.find(possessive)).singleElement()
                .satisfies(x -> assertThat(possessive.substring(x.start(), x.end())).isEqualTo("Ana"));
    }

    @Test
    void accentsHyphensSpacesAndEmojiInNamesAreKeptAndFound() {
        for (String name : List.of("José Müller", "Anne-Marie Dupont", "Zoë  van   der Berg", "Alex 🚀", "李小龍")) {
            add(name);
        }
        assertThat(vm.messageProperty().get()).isEqualTo("李小龍 was added.");
        assertThat(repo.people(false)).extracting(Person::name).containsExactlyInAnyOrder("José Müller",
                "Anne-Marie Dupont", "Zoë van der Berg", "Alex 🚀", "李小龍");
        j.write(TODAY, "@jose, anne-marie, Zoe van der Berg, @Alex and 李小龍 met.");
        for (Person p : repo.people(false)) {
            assertThat(j.service.timeline(p.id())).as(p.name()).hasSize(1);
        }
    }

    @Test
    void twoHundredCharactersAreANameAndOneMoreIsNot() {
        add("é".repeat(200));
        add("😀".repeat(50) + " Ana"); // emoji are two chars each: 104 chars
        assertThat(repo.people(false)).extracting(x -> x.name().length()).containsExactlyInAnyOrder(200, 104);
        add("a".repeat(201));
        assertThat(vm.messageProperty().get()).isEqualTo("A name can be at most 200 characters.");
        assertThat(repo.people(true)).hasSize(2);
    }

    @Test
    void aNameWithoutALetterIsRefusedSayingWhatToWrite() {
        add("  \t ");
        assertThat(vm.messageProperty().get()).isEqualTo("Write the person's name.");
        // before: these were added as people no mention could ever find, some of them invisible
        for (String notAName : List.of("\u00A0", "\u200B", "\u00A0\u200B ", "🙂", "🙂🚀", "---", "...", "@@!")) {
            vm.messageProperty().set("");
            add(notAName);
            assertThat(vm.messageProperty().get()).as("%s", notAName.codePoints().mapToObj(Integer::toHexString).toList())
                    .startsWith(NO_LETTERS).contains("Write their name");
        }
        assertThat(repo.people(true)).isEmpty();
        assertThatThrownBy(() -> Person.named("\u00A0", TODAY)).hasMessageStartingWith(NO_LETTERS);
    }

    @Test
    void anAtTypedBeforeTheNameIsLeftOut() {
        add("@");
        assertThat(vm.messageProperty().get()).isEqualTo("Write the person's name.");
        add("@Ana");
        assertThat(repo.people(false)).extracting(Person::name).containsExactly("Ana");
    }

    @Test
    void renamingToANameWithoutALetterIsRefusedAndAnOldSuchNameCanStillBeEdited() {
        Person old = repo.add(p(0, "🙂")); // stored before names were checked (or brought by an import)
        add("Ben");
        PersonViewModel page = vm.page();
        page.nameProperty().set("\u00A0");
        page.save();
        assertThat(page.messageProperty().get()).startsWith(NO_LETTERS);
        assertThat(repo.people(false)).extracting(Person::name).contains("Ben");
        page.show(repo.find(old.id()).orElseThrow());
        page.roleProperty().set("Designer");
        page.save();
        assertThat(repo.find(old.id()).orElseThrow().role()).isEqualTo("Designer");
    }

    @Test
    void theAgendaOfSomeoneWithALongNameCanBeSavedUnderTheNameOffered() throws Exception {
        for (String name : List.of("é".repeat(200), "😀".repeat(99) + "x", "Ana / Lima: \"lead\"?")) {
            add(name);
            String file = vm.page().agendaFileName();
            // before: "1-1 " and 200 é (400 bytes) and the day: more than the 255 bytes a file name may have
            assertThat(file.getBytes(StandardCharsets.UTF_8).length).as(file).isLessThanOrEqualTo(255);
            assertThat(Files.createFile(dir.resolve(file))).exists();
            assertThat(file).endsWith(" 2026-03-12.pdf").startsWith("1-1 " + name.substring(0, 2).replace("/", "-"));
        }
        assertThat(vm.page().agendaFileName()).isEqualTo("1-1 Ana - Lima- -lead- 2026-03-12.pdf");
    }
}
