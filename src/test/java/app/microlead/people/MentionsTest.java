package app.microlead.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MentionsTest {

    private static final LocalDate D = LocalDate.parse("2026-03-01");

    private static Person p(long id, String name) {
        return new Person(id, name, "", "", null, "", Person.Cadence.NONE, false, D, false, null);
    }

    private static final Person ANA = p(1, "Ana Lima");
    private static final Person JOSE = p(2, "José Müller");
    private static final Person WILL = p(3, "Will");
    private static final Person MAY = p(4, "May Chen");
    private static final Person ZOE = p(5, "Zoë");

    private static Mentions roster(Person... people) {
        return new Mentions(List.of(people), Map.of());
    }

    @Test
    void explicitMentionsAreCaseAndAccentInsensitive() {
        Mentions m = roster(ANA, JOSE, ZOE);
        assertThat(m.people("Thanked @jose and @ZOE today.")).containsExactly(2L, 5L);
        assertThat(m.people("Talked to @josé-müller")).containsExactly(2L);
        List<Mentions.Mention> found = m.find("1:1 with @Ana Lima.");
        assertThat(found).singleElement().satisfies(x -> {
            assertThat(x.explicit()).isTrue();
            assertThat("1:1 with @Ana Lima.".substring(x.start(), x.end())).isEqualTo("@Ana Lima");
        });
    }

    @Test
    void plainNamesInOldTextCountAsWholeWordsWithPunctuation() {
        Mentions m = roster(ANA, JOSE);
        assertThat(m.people("Ana's draft was good. (Jose) agreed!")).containsExactly(1L, 2L);
        assertThat(m.people("Bought a banana; Anastasia called; Josefine too.")).isEmpty();
        assertThat(m.people("ANA LIMA, again")).containsExactly(1L);
        assertThat(m.find("ana lima")).singleElement().satisfies(x -> assertThat(x.end()).isEqualTo(8));
    }

    @Test
    void anAtInAnEmailAddressIsNotAMention() {
        Mentions m = roster(ANA, JOSE);
        assertThat(m.people("Mail ana@example.com and jose.mueller@ana.org")).isEmpty();
        assertThat(m.people("Mail x@ana.io, then thank @Ana")).containsExactly(1L);
    }

    @Test
    void namesThatAreCommonWordsNeedAnAtOrTheFullName() {
        Mentions m = roster(WILL, MAY);
        assertThat(m.people("I will try; may be late. Will do.")).isEmpty();
        assertThat(m.people("Asked @Will about it")).containsExactly(3L);
        assertThat(m.people("may chen presented")).containsExactly(4L);
        assertThat(m.people("@may led the demo")).containsExactly(4L);
    }

    @Test
    void sharedNamesAreAmbiguousUnlessOneIsTheFullName() {
        Person ana2 = p(6, "Ana Souza");
        Person justAna = p(7, "Ana");
        assertThat(roster(ANA, ana2).people("Ana said hi")).isEmpty();
        assertThat(roster(ANA, ana2).people("Ana Souza said hi")).containsExactly(6L);
        assertThat(roster(ANA, ana2, justAna).people("Ana said hi")).containsExactly(7L);
        assertThat(roster(ANA, p(8, "Ana Lima")).people("@Ana Lima")).isEmpty();
    }

    @Test
    void formerNamesStillResolveAfterARename() {
        Person renamed = p(1, "Anna Lima-Berg");
        Mentions m = new Mentions(List.of(renamed), Map.of(1L, List.of("Ana Lima")));
        assertThat(m.people("Old note about @Ana Lima")).containsExactly(1L);
        assertThat(m.people("New note about @Anna")).containsExactly(1L);
    }

    @Test
    void unknownMentionsAreOffered() {
        Mentions m = roster(ANA);
        assertThat(m.unknownMentions("@Ana and @Kofi, mail kofi@x.org")).containsExactly("Kofi");
    }

    @Test
    void nonLatinAndEmojiNamesAndBigDays() {
        Person kenji = p(9, "山田 健二");
        Person fox = p(10, "🦊 Olga");
        Mentions m = roster(kenji, fox, ANA);
        assertThat(m.people("今日は @山田 健二 と話した")).containsExactly(9L);
        assertThat(m.people("olga again")).containsExactly(10L);
        String big = "word ".repeat(400_000) + "@Ana";
        assertThat(m.people(big)).containsExactly(1L);
    }

    @Test
    void snippetsShowTheMentionInContext() {
        String text = "Long start of the day. ".repeat(10) + "Then @Ana Lima showed the demo.\n\nMore.";
        Mentions.Mention x = roster(ANA).find(text).get(0);
        String s = Mentions.snippet(text, x, 20);
        assertThat(s).startsWith("…").contains("@Ana Lima showed").doesNotContain("\n");
    }
}
