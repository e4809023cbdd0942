package app.microlead.insights;

import static app.microlead.insights.Fixtures.assessed;
import static app.microlead.insights.Fixtures.constant;
import static app.microlead.insights.Fixtures.curve;
import static app.microlead.insights.Fixtures.habit;
import static org.assertj.core.api.Assertions.assertThat;

import app.microlead.common.Pillar;
import app.microlead.habits.HabitStats;
import app.microlead.insights.SayDoGap.Finding;
import app.microlead.insights.SayDoGap.Kind;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

class SayDoGapTest {

    private static final LocalDate ASSESSED = LocalDate.parse("2026-03-02");
    private static final LocalDate TODAY = ASSESSED.plusDays(3);
    private static final LocalDate LONG_AGO = ASSESSED.minusDays(60);

    /** One habit per pillar, each at a constant strength (0–1) since long before the assessment. */
    private static List<HabitStats> habits(double trust, double empowerment, double professionalism) {
        return List.of(constant(habit(1, Pillar.TRUST, LONG_AGO), TODAY, trust),
                constant(habit(2, Pillar.EMPOWERMENT, LONG_AGO), TODAY, empowerment),
                constant(habit(3, Pillar.PROFESSIONALISM, LONG_AGO), TODAY, professionalism));
    }

    @Test
    void aRatingMoreThanTwentyAboveTheHabitsIsNamed() {
        SayDoGap g = SayDoGap.compute(List.of(assessed(ASSESSED, 60, 72, 50)), habits(0.55, 0.41, 0.45), TODAY);
        assertThat(g.assessedOn()).contains(ASSESSED);
        assertThat(g.findings()).containsExactly(new Finding(Pillar.EMPOWERMENT, Kind.RATED_HIGHER, 72, 41,
                "You rate your Empowerment higher than your habits show (72 vs 41)."));
        assertThat(g.pillars().get(1).gap()).hasValue(31);
        assertThat(g.pillars().get(0).gap()).hasValue(5);
        assertThat(g.isEmpty()).isFalse();
    }

    @Test
    void aGapOfExactlyTwentyIsNotAFindingAndTwentyOneIs() {
        List<HabitStats> h = habits(0.41, 0.41, 0.41);
        assertThat(SayDoGap.compute(List.of(assessed(ASSESSED, 61, 21, 41)), h, TODAY).findings()).isEmpty();
        List<Finding> f = SayDoGap.compute(List.of(assessed(ASSESSED, 62, 20, 41)), h, TODAY).findings();
        assertThat(f).extracting(Finding::pillar, Finding::kind)
                .containsExactly(Tuple.tuple(Pillar.TRUST, Kind.RATED_HIGHER),
                        Tuple.tuple(Pillar.EMPOWERMENT, Kind.HIDDEN_STRENGTH));
    }

    @Test
    void figuresAreRoundedBeforeTheThresholdSoTheWordsMatchTheNumbers() {
        List<HabitStats> h = habits(0.41, 0.41, 0.41);
        // 61.4 − 41 = 20.4, shown as 61 vs 41: no finding; 61.5 is shown as 62: a finding
        assertThat(SayDoGap.compute(List.of(assessed(ASSESSED, 61.4, 41, 41)), h, TODAY).findings()).isEmpty();
        assertThat(SayDoGap.compute(List.of(assessed(ASSESSED, 61.5, 41, 41)), h, TODAY).findings())
                .extracting(Finding::text).containsExactly("You rate your Trust higher than your habits show (62 vs 41).");
    }

    @Test
    void habitsAboveTheRatingAreAHiddenStrength() {
        SayDoGap g = SayDoGap.compute(List.of(assessed(ASSESSED, 52, 50, 50)), habits(0.78, 0.5, 0.5), TODAY);
        assertThat(g.findings()).containsExactly(new Finding(Pillar.TRUST, Kind.HIDDEN_STRENGTH, 52, 78,
                "Your habits show more Trust than you give yourself credit for (78 vs 52)."));
    }

    @Test
    void habitsCountOverTheFourteenDaysBeforeTheAssessmentDayOnly() {
        // 90 % until 15 days before, 30 % on each of the 14 days before, 100 % from the assessment day on
        long days = ASSESSED.toEpochDay() - LONG_AGO.toEpochDay();
        HabitStats trust = curve(habit(1, Pillar.TRUST, LONG_AGO), TODAY,
                i -> i < days - 14 ? 0.9 : i < days ? 0.3 : 1.0);
        SayDoGap g = SayDoGap.compute(List.of(assessed(ASSESSED, 80, 50, 50)), List.of(trust), TODAY);
        assertThat(g.pillars().get(0).habits()).hasValue(30);
        assertThat(g.findings()).extracting(Finding::text)
                .containsExactly("You rate your Trust higher than your habits show (80 vs 30).");
    }

    @Test
    void withoutAnAssessmentThereIsNothingToCompareAndTheReasonSaysWhatToDo() {
        SayDoGap g = SayDoGap.compute(List.of(), habits(0.5, 0.5, 0.5), TODAY);
        assertThat(g.isEmpty()).isTrue();
        assertThat(g.emptyReason()).isEqualTo(SayDoGap.noAssessment());
        assertThat(g.findings()).isEmpty();
        assertThat(g.assessedOn()).isEmpty();
        // an assessment dated after today is not the latest yet
        assertThat(SayDoGap.compute(List.of(assessed(TODAY.plusDays(1), 90, 90, 90)), habits(0.1, 0.1, 0.1), TODAY)
                .emptyReason()).isEqualTo(SayDoGap.noAssessment());
    }

    @Test
    void anAssessmentOlderThanSixWeeksIsNotCompared() {
        LocalDate today42 = ASSESSED.plusDays(42);
        List<HabitStats> h = List.of(constant(habit(1, Pillar.TRUST, LONG_AGO), today42.plusDays(1), 0.1));
        SayDoGap current = SayDoGap.compute(List.of(assessed(ASSESSED, 90, 50, 50)), h, today42);
        assertThat(current.findings()).hasSize(1);
        SayDoGap old = SayDoGap.compute(List.of(assessed(ASSESSED, 90, 50, 50)), h, today42.plusDays(1));
        assertThat(old.findings()).isEmpty();
        assertThat(old.emptyReason()).isEqualTo("Your latest self-assessment was on 2 March 2026, more than six weeks"
                + " ago. Take it again to compare it with your micro-actions.");
    }

    @Test
    void theNewestAssessmentIsTheOneCompared() {
        AssessmentPoint older = assessed(ASSESSED.minusDays(20), 95, 95, 95);
        AssessmentPoint newer = assessed(ASSESSED, 50, 50, 50);
        SayDoGap g = SayDoGap.compute(List.of(newer, older), habits(0.5, 0.5, 0.5), TODAY);
        assertThat(g.assessedOn()).contains(ASSESSED);
        assertThat(g.findings()).isEmpty();
    }

    @Test
    void aPillarNeedsHabitsOnAllFourteenDaysAndAScore() {
        HabitStats trust14 = constant(habit(1, Pillar.TRUST, ASSESSED.minusDays(14)), TODAY, 0.1);
        HabitStats empowerment13 = constant(habit(2, Pillar.EMPOWERMENT, ASSESSED.minusDays(13)), TODAY, 0.1);
        AssessmentPoint noProfessionalism = new AssessmentPoint(ASSESSED,
                Map.of(Pillar.TRUST, 90.0, Pillar.EMPOWERMENT, 90.0));
        SayDoGap g = SayDoGap.compute(List.of(noProfessionalism), List.of(trust14, empowerment13), TODAY);

        assertThat(g.findings()).extracting(Finding::pillar).containsExactly(Pillar.TRUST);
        assertThat(g.pillars().get(1).gap()).isEmpty();
        assertThat(g.pillars().get(1).missing()).isEqualTo("Track Empowerment micro-actions for the two weeks before"
                + " a self-assessment to compare it with your habits.");
        assertThat(g.pillars().get(2).missing()).contains("Too few Professionalism questions");
        assertThat(g.isEmpty()).isFalse();
    }

    @Test
    void noPillarWithHabitsLongEnoughGivesAnEmptyStateWithAReason() {
        HabitStats young = constant(habit(1, Pillar.TRUST, ASSESSED.minusDays(3)), TODAY, 0.1);
        SayDoGap g = SayDoGap.compute(List.of(assessed(ASSESSED, 90, 90, 90)), List.of(young), TODAY);
        assertThat(g.isEmpty()).isTrue();
        assertThat(g.findings()).isEmpty();
        assertThat(g.emptyReason()).startsWith("Track micro-actions for the two weeks before your self-assessment");
    }
}
