package app.microlead.export;

import static org.assertj.core.api.Assertions.assertThat;

import app.microlead.common.I18n;
import app.microlead.people.OneOnOne;
import app.microlead.people.Person;
import app.microlead.people.PersonPeriod;
import app.microlead.people.Promise;
import app.microlead.people.Timeline;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The review's People section: only when asked for, per person counts, in English and German. */
class PeopleSectionTest {

    private static final LocalDate D = LocalDate.parse("2026-02-02");

    @AfterEach
    void english() {
        I18n.setLocale(Locale.ENGLISH);
    }

    private static List<PersonPeriod> team() {
        Person ana = new Person(1, "Ana <Lima>", "", "", null, "", Person.Cadence.NONE, false, D, false, null);
        Person bo = new Person(2, "Bo", "", "", null, "", Person.Cadence.NONE, false, D, false, null);
        return List.of(
                new PersonPeriod(ana, List.of(new Timeline(D, Timeline.Kind.JOURNAL, "x", null, 0),
                        new Timeline(D.plusDays(1), Timeline.Kind.JOURNAL, "y", null, 0)), List.of(), 3,
                        List.of(new OneOnOne(1, 1, D, "", "n", ""), new OneOnOne(2, 1, D.plusDays(7), "", "n", "")),
                        List.of(new Promise(1, 1, "a", D, D, Promise.State.KEPT, D),
                                new Promise(2, 1, "b", D, D, Promise.State.BROKEN, D),
                                Promise.open(1, "c", D, null), new Promise(3, 1, "d", D, D, Promise.State.DROPPED, D))),
                new PersonPeriod(bo, List.of(), List.of(), 1, List.of(new OneOnOne(3, 2, D, "", "n", "")), List.of()));
    }

    private static ReviewData data(EnumSet<ReviewRequest.Section> sections) {
        return new ReviewData(new ReviewRequest(D, D.plusDays(30), sections, null, null, null),
                Clock.fixed(Instant.parse("2026-04-01T12:00:00Z"), ZoneOffset.UTC), List.of(), List.of(),
                List.of(), null, List.of(), team());
    }

    @Test
    void theSectionIsThereOnlyWhenAskedForWithItsContentsLineAndBookmark() {
        TextForPdf text = new TextForPdf();
        ReviewData without = data(EnumSet.of(ReviewRequest.Section.REFLECTIONS));
        assertThat(PeopleSection.html(without, text) + PeopleSection.bookmark(without, text)
                + PeopleSection.contentsLine(without, text)).isEmpty();
        ReviewData with = data(EnumSet.of(ReviewRequest.Section.PEOPLE));
        String html = PeopleSection.html(with, text);
        assertThat(html).startsWith("<h1 class=\"section\" id=\"people\">People</h1>")
                .contains("<td>Ana &lt;Lima&gt;</td><td>2</td><td>1</td><td>1</td><td>1</td><td>2</td><td>3</td>")
                .contains("<td>Bo</td><td>1</td><td>0</td><td>0</td><td>0</td><td>0</td><td>1</td>");
        assertThat(PeopleSection.bookmark(with, text)).contains("href=\"#people\"");
        assertThat(PeopleSection.contentsLine(with, text)).contains("href=\"#people\"").contains("title=\"People\"");
    }

    @Test
    void markdownHasOneLinePerPersonInEnglishAndGerman() {
        assertThat(PeopleSection.markdown(team()))
                .contains("## People")
                .contains("- **Ana <Lima>**: 2 1:1s · promises: 1 kept, 1 broken, 1 open · mentioned on 2 days"
                        + " · 3 recognitions")
                .contains("- **Bo**: 1 1:1 · promises: 0 kept, 0 broken, 0 open · mentioned on no day · 1 recognition");
        I18n.setLocale(Locale.GERMAN);
        assertThat(PeopleSection.markdown(team()))
                .contains("## Menschen")
                .contains("- **Bo**: 1 1:1 · Versprechen: 0 gehalten, 0 gebrochen, 0 offen · erwähnt an keinem Tag"
                        + " · 1 Anerkennung");
        assertThat(PeopleSection.markdown(List.of())).contains("Noch niemand");
    }
}
