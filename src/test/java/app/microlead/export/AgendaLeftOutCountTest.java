package app.microlead.export;

import static org.assertj.core.api.Assertions.assertThat;

import app.microlead.people.Agenda;
import app.microlead.people.OneOnOne;
import app.microlead.people.Person;
import app.microlead.people.Timeline;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The agenda's "… and N earlier lines" counts every line since the last 1:1, not only the 30 the agenda
 * carries: with 100 lines since then and 8 written, 92 are left out (it said 22; with 30 written it said
 * nothing at all and 70 lines were silently missing).
 */
class AgendaLeftOutCountTest {

    private static final LocalDate D = LocalDate.parse("2026-03-12");
    private static final Person ANA = new Person(1, "Ana Lima", "", "", null, "", Person.Cadence.NONE, false,
            D.minusYears(1), false, null);

    private static Agenda.Sheet sheet(int linesSinceLastOneOnOne) {
        List<Timeline> timeline = new ArrayList<>();
        for (int i = 1; i <= linesSinceLastOneOnOne; i++) {
            timeline.add(new Timeline(D.minusDays(i), Timeline.Kind.JOURNAL, "day " + i + " with Ana", null, 0));
        }
        timeline.add(new Timeline(D.minusDays(200), Timeline.Kind.JOURNAL, "before the last 1:1", null, 0));
        List<OneOnOne> meetings = List.of(new OneOnOne(7, 1, D.minusDays(150), "", "notes", ""));
        return Agenda.sheet(ANA, D, timeline, meetings, List.of());
    }

    @Test
    void theCountIsOfEveryLineSinceTheLastOneOnOne() {
        Agenda.Sheet s = sheet(100);
        assertThat(s.recent()).hasSize(30);
        assertThat(new AgendaHtml(s, 8, 160).build()).contains("… and 92 earlier lines");
        assertThat(new AgendaHtml(s, 30, 400).build()).contains("… and 70 earlier lines");
        assertThat(new AgendaHtml(s, 0, 60).build()).contains("… and 100 earlier lines");
    }

    @Test
    void nothingIsSaidWhenNothingIsLeftOut() {
        assertThat(new AgendaHtml(sheet(30), 30, 400).build()).doesNotContain("earlier lines");
        assertThat(new AgendaHtml(sheet(5), 8, 160).build()).doesNotContain("earlier lines");
        assertThat(new AgendaHtml(sheet(5), 3, 160).build()).contains("… and 2 earlier lines");
    }

    @Test
    void theMarkdownSaysSoToo() {
        assertThat(Agenda.markdown(sheet(100))).contains("day 30 with Ana").doesNotContain("day 31 with Ana")
                .contains("… and 70 earlier lines since then");
        assertThat(Agenda.markdown(sheet(30))).doesNotContain("earlier lines");
    }
}
