package app.microlead.insights;

import static app.microlead.insights.Fixtures.assessed;
import static app.microlead.insights.Fixtures.constant;
import static app.microlead.insights.Fixtures.curve;
import static app.microlead.insights.Fixtures.habit;
import static org.assertj.core.api.Assertions.assertThat;

import app.microlead.common.Pillar;
import app.microlead.habits.HabitStats;
import app.microlead.habits.Schedule;
import app.microlead.habits.Streak;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CoachingContextTest {

    private static final LocalDate TODAY = LocalDate.parse("2026-04-13");
    private static final LocalDate LONG_AGO = TODAY.minusDays(100);

    /** Habits: Trust weakest (20), Empowerment 50, Professionalism 80. */
    private static final List<HabitStats> HABITS = List.of(
            constant(habit(1, Pillar.TRUST, LONG_AGO), TODAY, 0.2),
            constant(habit(2, Pillar.EMPOWERMENT, LONG_AGO), TODAY, 0.5),
            constant(habit(3, Pillar.PROFESSIONALISM, LONG_AGO), TODAY, 0.8));

    /** A catalogue habit whose strength is {@code before} until 30 days ago and {@code now} from then on. */
    private static HabitStats falling(long id, String catalogueId, double before, double now) {
        LocalDate thirtyAgo = TODAY.minusDays(30);
        long cut = thirtyAgo.toEpochDay() - LONG_AGO.toEpochDay();
        return curve(habit(id, Pillar.TRUST, catalogueId, "Name of " + catalogueId, LONG_AGO, Schedule.daily()), TODAY,
                i -> i <= cut ? before : now);
    }

    @Test
    void anAssessmentWithinSixWeeksSetsTheFocus() {
        AssessmentPoint sixWeeks = assessed(TODAY.minusDays(42), 70, 60, 40);
        CoachingContext c = CoachingContext.compute(sixWeeks, HABITS, null, TODAY);
        assertThat(c.focus()).isEqualTo(Pillar.PROFESSIONALISM);
        assertThat(c.focusReason()).isEqualTo("it scored lowest in your self-assessment of 2 March 2026 (40 of 100)");
    }

    @Test
    void anOlderAssessmentGivesWayToHabitStrength() {
        AssessmentPoint older = assessed(TODAY.minusDays(43), 70, 60, 40);
        CoachingContext c = CoachingContext.compute(older, HABITS, null, TODAY);
        assertThat(c.focus()).isEqualTo(Pillar.TRUST);
        assertThat(c.focusReason()).isEqualTo("its micro-actions are the weakest of your habits (strength 20 of 100)");
        assertThat(CoachingContext.compute(null, HABITS, null, TODAY).focus()).isEqualTo(Pillar.TRUST);
    }

    @Test
    void withNothingKnownThereIsNoFocus() {
        CoachingContext c = CoachingContext.compute(null, List.of(), "  ", TODAY);
        assertThat(c.focus()).isNull();
        assertThat(c.focusReason()).isEmpty();
        assertThat(c.slippingTag()).isNull();
        assertThat(c.hasPlan()).isFalse();
    }

    @Test
    void theCatalogueHabitThatFellMostInThirtyDaysIsSlipping() {
        List<HabitStats> stats = List.of(
                falling(1, "greet-by-name", 0.9, 0.8),   // −10
                falling(2, "explain-why", 0.8, 0.5),     // −30
                falling(3, "on-time", 0.2, 0.9),         // rising
                curve(habit(4, Pillar.TRUST, null, "My own", LONG_AGO, Schedule.daily()), TODAY,
                        i -> i < 70 ? 1.0 : 0.0),          // −100 but has no catalogue id, so no prompts
                constant(habit(5, Pillar.TRUST, "delegate-task", "Young", TODAY.minusDays(29), Schedule.daily()),
                        TODAY, 0.0));                      // not 30 days old
        CoachingContext c = CoachingContext.compute(null, stats, " If I decide, then I will explain why. ", TODAY);
        assertThat(c.slippingTag()).isEqualTo("explain-why");
        assertThat(c.slippingName()).isEqualTo("Name of explain-why");
        assertThat(c.plan()).isEqualTo("If I decide, then I will explain why.");
        assertThat(c.hasPlan()).isTrue();
    }

    @Test
    void aHabitDoneTodayWithAStreakGoingIsNotSlippingWhateverItsMonth() {
        HabitStats fell = falling(2, "explain-why", 0.8, 0.5);
        HabitStats goingAgain = new HabitStats(fell.habit(), fell.days(), fell.strengthCurve(), fell.strength(),
                new Streak(TODAY.minusDays(6), TODAY, 7, Streak.Unit.DAYS),
                fell.best(), fell.bestFive(), fell.rate30(), fell.rate365());
        assertThat(CoachingContext.compute(null, List.of(fell), null, TODAY).slippingTag()).isEqualTo("explain-why");
        assertThat(CoachingContext.compute(null, List.of(goingAgain), null, TODAY).slippingTag()).isNull();
    }

    @Test
    void aFallOfFiveWholePointsOrLessIsNoSlip() {
        // 5.4 points round to 5: no slip; 5.5 round to 6: a slip
        assertThat(CoachingContext.compute(null, List.of(falling(1, "on-time", 0.554, 0.50)), null, TODAY).slippingTag())
                .isNull();
        assertThat(CoachingContext.compute(null, List.of(falling(1, "on-time", 0.555, 0.50)), null, TODAY).slippingTag())
                .isEqualTo("on-time");
    }
}
