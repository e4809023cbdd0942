package app.microlead.people;

import static org.assertj.core.api.Assertions.assertThat;

import app.microlead.journal.Prompt;
import app.microlead.journal.PromptStrategy;
import app.microlead.journal.RotatingPromptStrategy;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PeoplePromptStrategyTest {

    private static final LocalDate DAY = LocalDate.parse("2026-03-20");
    private static final Person ANA = new Person(7, "Ana", "", "", null, "", Person.Cadence.NONE, false,
            DAY.minusDays(40), false, null);
    private static final List<Prompt> POOL = List.of(new Prompt("a", null, null, "A?", true),
            new Prompt("b", null, null, "B?", true), new Prompt("c", null, null, "C?", true));

    private PeoplePromptStrategy strategy(Optional<Nudges.Nudge> neglected) {
        return new PeoplePromptStrategy(new RotatingPromptStrategy(), d -> neglected,
                id -> id == ANA.id() ? Optional.of(ANA) : Optional.empty());
    }

    @Test
    void aNeglectedPersonTakesTheFirstPromptWithTheReasonAndTheRestComeFromTheOtherStrategy() {
        PeoplePromptStrategy s = strategy(Optional.of(new Nudges.Nudge(ANA, Nudges.Reason.NOT_RECOGNISED, 24)));
        List<PromptStrategy.Chosen> chosen = s.choose(DAY, POOL, Map.of(), Set.of(), 3, 0);
        assertThat(chosen).hasSize(3);
        assertThat(chosen.get(0).prompt().text()).contains("Ana").contains("recognise");
        assertThat(chosen.get(0).reason()).contains("You have not recognised Ana in 24 days");
        assertThat(chosen.subList(1, 3)).extracting(c -> c.prompt().id()).allMatch(id -> List.of("a", "b", "c").contains(id));
    }

    @Test
    void noOneNeglectedLeavesTheChoiceToTheOtherStrategy() {
        List<PromptStrategy.Chosen> chosen = strategy(Optional.empty()).choose(DAY, POOL, Map.of(), Set.of(), 2, 0);
        assertThat(chosen).extracting(c -> c.prompt().id()).doesNotContainNull().allMatch(id -> !id.startsWith("person-"));
    }

    @Test
    void aReopenedDayGetsThePersonPromptBackFromItsIdAndShufflingItAwayDoesNotBringItBack() {
        PeoplePromptStrategy s = strategy(Optional.of(new Nudges.Nudge(ANA, Nudges.Reason.NOT_MENTIONED, 31)));
        Prompt made = s.choose(DAY, POOL, Map.of(), Set.of(), 2, 0).get(0).prompt();
        assertThat(strategy(Optional.empty()).resolve(made.id(), DAY)).contains(made);
        assertThat(s.resolve(made.id(), DAY.plusDays(1))).isEmpty();
        assertThat(s.choose(DAY, POOL, Map.of(), Set.of(made.id()), 2, 1)).extracting(c -> c.prompt().id())
                .doesNotContain(made.id());
    }
}
