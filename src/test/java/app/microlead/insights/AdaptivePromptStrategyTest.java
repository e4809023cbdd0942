package app.microlead.insights;

import static app.microlead.insights.Fixtures.assessed;
import static app.microlead.insights.Fixtures.constant;
import static app.microlead.insights.Fixtures.habit;
import static org.assertj.core.api.Assertions.assertThat;

import app.microlead.common.Pillar;
import app.microlead.habits.HabitStats;
import app.microlead.journal.Prompt;
import app.microlead.journal.PromptLibrary;
import app.microlead.journal.PromptStrategy.Chosen;
import app.microlead.journal.RotatingPromptStrategy;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AdaptivePromptStrategyTest {

    private static final LocalDate DAY = LocalDate.parse("2026-03-02");
    private static final String PLAN = "If someone asks me to decide, then I will first ask what they would do";

    /** Six prompts per pillar; T1 and T2 are about "explain-why". */
    private static final List<Prompt> POOL = pool();

    private static List<Prompt> pool() {
        List<Prompt> out = new ArrayList<>();
        for (Pillar p : Pillar.values()) {
            for (int i = 1; i <= 6; i++) {
                String id = p.name().charAt(0) + "" + i;
                String tag = p == Pillar.TRUST && i <= 2 ? "explain-why" : "tag-" + id;
                out.add(new Prompt(id, p, tag, "Prompt " + id, true));
            }
        }
        return out;
    }

    private static CoachingContext ctx(Pillar focus, String slippingTag, String plan) {
        return new CoachingContext(focus, "", slippingTag, slippingTag == null ? "" : "Explain the why", plan);
    }

    private static List<Chosen> choose(CoachingContext c, LocalDate date, Map<LocalDate, List<String>> recent) {
        return new AdaptivePromptStrategy(c).choose(date, POOL, recent, Set.of(), 3, 0);
    }

    @Test
    void withoutAnythingToLeanOnItChoosesExactlyAsTheDefault() {
        RotatingPromptStrategy rotating = new RotatingPromptStrategy();
        for (int i = 0; i < 20; i++) {
            LocalDate d = DAY.plusDays(i);
            assertThat(new AdaptivePromptStrategy(CoachingContext.NONE).choose(d, POOL, Map.of(), Set.of("E1"), 3, i))
                    .isEqualTo(rotating.choose(d, POOL, Map.of(), Set.of("E1"), 3, i));
        }
    }

    @Test
    void theFocusPillarGetsTheFirstSlotWithItsReason() {
        for (int i = 0; i < 20; i++) {
            List<Chosen> c = choose(ctx(Pillar.EMPOWERMENT, null, ""), DAY.plusDays(i), Map.of());
            assertThat(c).hasSize(3);
            assertThat(c.get(0).prompt().pillar()).isEqualTo(Pillar.EMPOWERMENT);
            assertThat(c.get(0).reason()).isEqualTo("because Empowerment is your focus this month");
            assertThat(c.subList(1, 3)).extracting(Chosen::reason).containsOnly("");
        }
    }

    @Test
    void theFocusComesFromARecentAssessmentElseFromHabitStrength() {
        LocalDate today = DAY;
        List<HabitStats> habits = List.of(
                constant(habit(1, Pillar.TRUST, today.minusDays(90)), today, 0.2),
                constant(habit(2, Pillar.EMPOWERMENT, today.minusDays(90)), today, 0.5),
                constant(habit(3, Pillar.PROFESSIONALISM, today.minusDays(90)), today, 0.8));
        CoachingContext recent = CoachingContext.compute(assessed(today.minusDays(42), 70, 60, 40), habits, null, today);
        CoachingContext old = CoachingContext.compute(assessed(today.minusDays(43), 70, 60, 40), habits, null, today);

        Chosen byAssessment = choose(recent, today, Map.of()).get(0);
        assertThat(byAssessment.prompt().pillar()).isEqualTo(Pillar.PROFESSIONALISM);
        assertThat(byAssessment.reason()).isEqualTo("because Professionalism is your focus this month");
        Chosen byHabits = choose(old, today, Map.of()).get(0);
        assertThat(byHabits.prompt().pillar()).isEqualTo(Pillar.TRUST);
        assertThat(byHabits.reason()).isEqualTo("because Trust is your focus this month");
    }

    @Test
    void theSlippingMicroActionGetsAPromptAboutIt() {
        List<Chosen> c = choose(ctx(null, "explain-why", ""), DAY, Map.of());
        assertThat(c).hasSize(3);
        assertThat(c.get(0).prompt().tag()).isEqualTo("explain-why");
        assertThat(c.get(0).reason()).isEqualTo("because “Explain the why” has slipped lately");
    }

    @Test
    void aCurrentPlanIsFollowedUpFirst() {
        List<Chosen> c = choose(ctx(Pillar.TRUST, "explain-why", PLAN), DAY, Map.of());
        assertThat(c).extracting(Chosen::reason).containsExactly("to follow up your plan",
                "because Trust is your focus this month", "because “Explain the why” has slipped lately");
        Prompt followUp = c.get(0).prompt();
        assertThat(followUp.id()).isEqualTo("plan-followup-2026-03-02");
        assertThat(followUp.text()).isEqualTo("Your plan was: “" + PLAN + "”. Did the moment come today? What did you do?");
        assertThat(followUp.builtIn()).isFalse();
        assertThat(c.get(1).prompt().pillar()).isEqualTo(Pillar.TRUST);
        assertThat(c.get(2).prompt().tag()).isEqualTo("explain-why");
        assertThat(c.stream().map(x -> x.prompt().id()).distinct()).hasSize(3);

        // shuffling the day away (its prompts excluded) brings other prompts, not the follow-up again
        Set<String> onScreen = new HashSet<>();
        c.forEach(x -> onScreen.add(x.prompt().id()));
        List<Chosen> shuffled = new AdaptivePromptStrategy(ctx(Pillar.TRUST, "explain-why", PLAN))
                .choose(DAY, POOL, Map.of(), onScreen, 3, 1);
        assertThat(shuffled).extracting(x -> x.prompt().id()).doesNotContainAnyElementsOf(onScreen).hasSize(3);
    }

    @Test
    void theSameDayAndContextAlwaysGiveTheSameChoice() {
        CoachingContext c = ctx(Pillar.PROFESSIONALISM, "explain-why", PLAN);
        Map<LocalDate, List<String>> recent = Map.of(DAY.minusDays(1), List.of("P1", "T1"));
        assertThat(new AdaptivePromptStrategy(c).choose(DAY, POOL, recent, Set.of(), 3, 7))
                .isEqualTo(new AdaptivePromptStrategy(c).choose(DAY, POOL, recent, Set.of(), 3, 7));
    }

    @Test
    void aSlotWhosePromptsWereAllShownLatelyGoesToTheDefault() {
        Map<LocalDate, List<String>> recent = Map.of(DAY.minusDays(14), List.of("E1", "E2", "E3", "E4", "E5", "E6"));
        List<Chosen> c = choose(ctx(Pillar.EMPOWERMENT, null, ""), DAY, recent);
        assertThat(c).hasSize(3).extracting(Chosen::reason).containsOnly("");
        assertThat(c).extracting(x -> x.prompt().pillar()).doesNotContain(Pillar.EMPOWERMENT);

        // fifteen days ago is outside the window: the focus slot is back
        Map<LocalDate, List<String>> older = Map.of(DAY.minusDays(15), List.of("E1", "E2", "E3", "E4", "E5", "E6"));
        assertThat(choose(ctx(Pillar.EMPOWERMENT, null, ""), DAY, older).get(0).reason()).startsWith("because Empowerment");

        Map<LocalDate, List<String>> slipShown = Map.of(DAY.minusDays(3), List.of("T1"), DAY.minusDays(9), List.of("T2"));
        assertThat(choose(ctx(null, "explain-why", ""), DAY, slipShown)).extracting(Chosen::reason).containsOnly("");
    }

    @Test
    void fedItsOwnHistoryForSixtyDaysNoPromptComesBackWithinTwoWeeks() {
        List<Prompt> library = PromptLibrary.load().builtIns();
        AdaptivePromptStrategy s = new AdaptivePromptStrategy(ctx(Pillar.TRUST, "explain-why", PLAN));
        Map<LocalDate, List<String>> history = new HashMap<>();
        int focusDays = 0;
        int slipDays = 0;
        for (int i = 0; i < 60; i++) {
            LocalDate d = DAY.plusDays(i);
            Map<LocalDate, List<String>> recent = new HashMap<>();
            history.forEach((day, ids) -> {
                if (!day.isBefore(d.minusDays(14))) {
                    recent.put(day, ids);
                }
            });
            List<Chosen> c = s.choose(d, library, recent, Set.of(), 3, 0);
            assertThat(c).as("day %d", i).hasSize(3);
            assertThat(c.get(0).reason()).isEqualTo(AdaptivePromptStrategy.planReason());
            List<String> ids = c.stream().map(x -> x.prompt().id()).toList();
            for (String id : ids) {
                assertThat(AdaptivePromptStrategy.shownRecently(id, d, history)).as("%s on day %d", id, i).isFalse();
            }
            focusDays += c.stream().anyMatch(x -> x.reason().startsWith("because Trust")) ? 1 : 0;
            slipDays += c.stream().anyMatch(x -> x.reason().contains("slipped")) ? 1 : 0;
            history.put(d, ids);
        }
        // no repeats within 15 days bound what the slots can take: the 3 "explain-why" prompts fill the slip
        // slot at most 3 times in each of the four 15-day stretches, and the 16 Trust prompts (those 3
        // included) fill the focus and slip slots at most 16 times per stretch
        assertThat(slipDays).isBetween(1, 12);
        assertThat(focusDays + slipDays).isLessThanOrEqualTo(64);
        assertThat(focusDays).isGreaterThanOrEqualTo(40);
    }
}
