package app.microlead.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class AgendaTest {

    private static final LocalDate D = LocalDate.parse("2026-03-12");

    @Test
    void theAgendaHoldsHopesFollowUpsOpenPromisesAndWhatHappenedSinceTheLastOneOnOne() {
        Person ana = new Person(1, "Ana Lima", "", "", null, "Lead the next release", Person.Cadence.WEEKLY, false,
                D.minusMonths(2), false, null);
        List<OneOnOne> meetings = List.of(new OneOnOne(2, 1, D.minusDays(7), "", "notes", "- send the course link\nbook room"),
                new OneOnOne(1, 1, D.minusDays(30), "", "older", "old follow-up"));
        List<Promise> promises = List.of(Promise.open(1, "Review her draft", D.minusDays(7), D.plusDays(2)),
                Promise.open(1, "Done thing", D.minusDays(9), null).close(Promise.State.KEPT, D.minusDays(8)));
        List<Timeline> timeline = List.of(
                new Timeline(D.minusDays(1), Timeline.Kind.JOURNAL, "…asked @Ana Lima about…", null, 0),
                new Timeline(D.minusDays(7), Timeline.Kind.ONE_ON_ONE, "notes", null, 2),
                new Timeline(D.minusDays(10), Timeline.Kind.JOURNAL, "before the last 1:1", null, 0));
        String md = Agenda.markdown(ana, D, timeline, meetings, promises);
        assertThat(md).startsWith("# 1:1 with Ana Lima, 12 March 2026\n")
                .contains("## What they hope for\n\nLead the next release")
                .contains("## Follow-ups from the last 1:1 (5 March 2026)\n\n- send the course link\n- book room\n")
                .contains("- [ ] Review her draft (due 14 March 2026)")
                .doesNotContain("Done thing").doesNotContain("old follow-up").doesNotContain("before the last 1:1")
                .contains("## Since the last 1:1 (5 March 2026)\n\n- 11 March 2026: …asked @Ana Lima about…")
                .endsWith("## Talking points\n\n- \n");
    }

    @Test
    void withoutEarlierOneOnOnesItSaysRecently() {
        Person ben = Person.named("Ben", D);
        String md = Agenda.markdown(ben, D, List.of(), List.of(), List.of());
        assertThat(md).contains("## Recently\n\nNothing written about them since then.").doesNotContain("hope");
    }
}
