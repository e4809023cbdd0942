package app.microlead.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * How {@link Mentions#find} reads a text word by word without making the words: the names are looked up
 * by the hash of a word's lower case, e-mail addresses are kept as ranges. What MentionsTest does not pin.
 */
class MentionsScanTest {

    private static final LocalDate D = LocalDate.parse("2026-03-01");

    private static Person p(long id, String name) {
        return new Person(id, name, "", "", null, "", Person.Cadence.NONE, false, D, false, null);
    }

    private static List<String> found(Mentions m, String text) {
        return m.find(text).stream().map(x -> x.personId() + ":" + text.substring(x.start(), x.end())).toList();
    }

    @Test
    void aWordWithTheSameHashAsANameIsNotTheName() {
        // "c0a".hashCode() == "ana".hashCode(): a lookup that trusted the hash would find Ana here
        Mentions m = new Mentions(List.of(p(1, "Ana Lima")), Map.of());
        assertThat("c0a".hashCode()).isEqualTo("ana".hashCode());
        assertThat(found(m, "c0a and C0A met, then Ana")).containsExactly("1:Ana");
    }

    @Test
    void everyNameOfABigRosterIsFoundHoweverItIsWritten() {
        // two hundred first words in a table of 1,024 slots: some land on the same slot and are found
        // further on (a lookup that gave up at the first slot taken by another name missed them)
        List<Person> people = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            String first = "N" + Integer.toString(i * 7919, 36);
            people.add(p(i + 1, first + " Last" + i));
            String written = i % 3 == 0 ? first.toUpperCase() : i % 3 == 1 ? first.toLowerCase() : "@" + first;
            text.append(written).append(" said hello. ");
            expected.add((i + 1) + ":" + written);
        }
        assertThat(found(new Mentions(people, Map.of()), text.toString())).containsExactlyElementsOf(expected);
    }

    @Test
    void namesBetweenAndAfterEmailAddressesAreFoundButNotTheAddresses() {
        Mentions m = new Mentions(List.of(p(1, "Ana Lima"), p(2, "Zoë")), Map.of());
        String text = "a@b.io Ana x.y@ana.org @Zoe z@q.de, mail zoe@ana.org@lima.org; then ANA LIMA and zoë@zoë.org";
        assertThat(found(m, text)).containsExactly("1:Ana", "2:@Zoe", "1:ANA LIMA");
    }

    @Test
    void theRestOfANameIsReadAfterItsFirstWordWhateverItsLetters() {
        Mentions m = new Mentions(List.of(p(1, "Ana Müller-Lima"), p(2, "José Lima")), Map.of());
        assertThat(found(m, "ana MULLER-lima, JOSÉ lima, jose LÍMA and ana müller")).containsExactly(
                "1:ana MULLER-lima", "2:JOSÉ lima", "2:jose LÍMA", "1:ana");
        assertThat(found(m, "the end: @Ana Müller")).containsExactly("1:@Ana");
    }
}
