package app.microlead.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import app.microlead.assessment.AssessmentResult.Quadrant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AssessmentScorerTest {

    private final QuestionBank bank = QuestionBank.load();

    private Map<String, Integer> all(int value) {
        Map<String, Integer> m = new HashMap<>();
        bank.items().forEach(i -> m.put(i.id(), value));
        return m;
    }

    private Map<String, String> scenarios(int score) {
        Map<String, String> m = new HashMap<>();
        for (QuestionBank.Scenario s : bank.scenarios()) {
            s.options().stream().filter(o -> o.score() == score).findFirst().ifPresent(o -> m.put(s.id(), o.id()));
        }
        return m;
    }

    @Test
    void allFivesWithOneReverseItemPerPillar() {
        // each pillar: five plus-items at 5 and one minus-item answered 5 -> keyed 1: mean (25 + 1) / 6
        AssessmentResult r = AssessmentScorer.score(bank, new Answers(all(5), Map.of()));
        double mean = 26.0 / 6;
        for (String p : List.of("trust", "empowerment", "professionalism")) {
            assertThat(r.scales().get(p).mean().getAsDouble()).isCloseTo(mean, within(1e-9));
            assertThat(r.score(p).getAsDouble()).isCloseTo(100 * (mean - 1) / 4, within(1e-9)); // 83.33
            assertThat(r.scales().get(p).band().label()).isEqualTo("Consistent");
        }
        // micromanagement has no reverse items: all 5 -> 100, and without scenarios risk = tendency
        assertThat(r.score("micromanagement").getAsDouble()).isEqualTo(100.0);
        assertThat(r.risk().getAsDouble()).isEqualTo(100.0);
        assertThat(r.riskBand().label()).isEqualTo("Elevated");
        assertThat(r.index().getAsDouble()).isCloseTo(100 * (mean - 1) / 4, within(1e-9));
        assertThat(r.quadrant()).isEqualTo(Quadrant.HANDS_ON_HEAVY);
    }

    @Test
    void allOnes() {
        // pillar: five plus at 1, the minus at 1 -> keyed 5: mean 10/6 = 1.667 -> 16.67
        AssessmentResult r = AssessmentScorer.score(bank, new Answers(all(1), scenarios(2)));
        assertThat(r.score("trust").getAsDouble()).isCloseTo(100 * (10.0 / 6 - 1) / 4, within(1e-9));
        assertThat(r.scales().get("trust").band().label()).isEqualTo("Occasional");
        assertThat(r.score("micromanagement").getAsDouble()).isZero();
        // every scenario at +2 -> control 0; risk = 0.75*0 + 0.25*0
        assertThat(r.scenarioControl().getAsDouble()).isZero();
        assertThat(r.risk().getAsDouble()).isZero();
        assertThat(r.quadrant()).isEqualTo(Quadrant.HANDS_OFF);
    }

    @Test
    void mixedAnswersWithReverseKeysByHand() {
        Map<String, Integer> a = all(3);
        // trust: tr-1 5, tr-2 4, tr-3 3, tr-4 (minus) 2 -> 4, tr-5 1, tr-6 No opportunity
        a.put("tr-1", 5);
        a.put("tr-2", 4);
        a.put("tr-4", 2);
        a.put("tr-5", 1);
        a.put("tr-6", Answers.NO_OPPORTUNITY);
        AssessmentResult r = AssessmentScorer.score(bank, new Answers(a, Map.of()));
        double mean = (5 + 4 + 3 + 4 + 1) / 5.0; // 3.4
        assertThat(r.scales().get("trust").answered()).isEqualTo(5);
        assertThat(r.score("trust").getAsDouble()).isCloseTo(60.0, within(1e-9)); // 100*(3.4-1)/4
        assertThat(r.scales().get("trust").mean().getAsDouble()).isCloseTo(mean, within(1e-9));
        assertThat(r.scales().get("trust").band().label()).isEqualTo("Building the habit");
        // facet "context" = tr-3 (3) and tr-4 keyed 4 -> 3.5 -> 62.5
        assertThat(r.facet("trust", "context").getAsDouble()).isCloseTo(62.5, within(1e-9));
        assertThat(r.facet("trust", "clarity")).isEmpty();
    }

    @Test
    void fewerThanThreeQuartersAnsweredGivesNoScore() {
        Map<String, Integer> a = all(4);
        a.remove("em-1");
        a.put("em-2", Answers.NO_OPPORTUNITY);   // 4 of 6 answered = 67 % < 75 %
        AssessmentResult r = AssessmentScorer.score(bank, new Answers(a, Map.of()));
        assertThat(r.score("empowerment")).isEmpty();
        assertThat(r.scales().get("empowerment").band()).isNull();
        assertThat(r.index()).isEmpty();
        assertThat(r.quadrant()).isNull();

        a.put("em-2", 4);                        // 5 of 6 = 83 %
        assertThat(AssessmentScorer.score(bank, new Answers(a, Map.of())).score("empowerment")).isPresent();
    }

    @Test
    void riskCombinesTendencyAndScenarios() {
        Map<String, Integer> a = all(3);   // tendency = 50
        Map<String, String> sc = new HashMap<>(scenarios(-2));
        sc.put("sc-1", "sc-1c");           // +2 ; others -2 -> mean (2 - 6) / 4 = -1 -> control 100*(2+1)/4 = 75
        AssessmentResult r = AssessmentScorer.score(bank, new Answers(a, sc));
        assertThat(r.scenarioControl().getAsDouble()).isCloseTo(75.0, within(1e-9));
        assertThat(r.risk().getAsDouble()).isCloseTo(0.75 * 50 + 0.25 * 75, within(1e-9)); // 56.25
        assertThat(r.riskBand().label()).isEqualTo("Elevated");
    }

    @ParameterizedTest
    @CsvSource({
        "trust, 49.99, Occasional", "trust, 50, Building the habit", "trust, 74.99, Building the habit",
        "trust, 75, Consistent", "trust, 100, Consistent", "trust, 0, Occasional",
        "risk, 24.99, Low", "risk, 25, Watch", "risk, 49.99, Watch", "risk, 50, Elevated", "risk, 100, Elevated"
    })
    void bandsAtTheirBoundaries(String scale, double score, String label) {
        assertThat(bank.band(scale, score).label()).isEqualTo(label);
    }

    @Test
    void driversAreTheWeakestPillarsLowestItemsAndTheTopMicromanagementItem() {
        Map<String, Integer> a = all(4);
        a.put("pr-2", 1);
        a.put("pr-3", 5);   // minus -> 1
        a.put("pr-4", 2);
        a.put("mm-1", 2);
        a.put("mm-5", 5);
        AssessmentResult r = AssessmentScorer.score(bank, new Answers(a, Map.of()));
        assertThat(r.drivers()).containsExactly("pr-2", "pr-3", "mm-5");
    }

    @Test
    void reliableChangeThresholdAndClassification() {
        double t = ReliableChange.threshold(15, 0.80);
        assertThat(t).isCloseTo(1.96 * 15 * Math.sqrt(2) * Math.sqrt(0.2), within(1e-12)).isCloseTo(18.59, within(0.01));
        assertThat(ReliableChange.between(50, 69, 15, 0.8).real()).isTrue();
        assertThat(ReliableChange.between(50, 68, 15, 0.8).real()).isFalse();
        assertThat(ReliableChange.between(70, 50, 15, 0.8)).satisfies(c -> {
            assertThat(c.real()).isTrue();
            assertThat(c.describe()).isEqualTo("−20 · real change");
        });
        assertThat(ReliableChange.between(50, 55, 15, 0.8).describe()).isEqualTo("+5 · within noise");
    }

    @Test
    void actionsTargetTheWeakestPillarAndTheTopMicromanagementFacet() {
        Map<String, Integer> a = all(4);
        a.put("em-3", 1);   // voices
        a.put("em-6", 2);   // wellbeing
        a.put("em-5", 2);   // reverse-keyed: 2 -> 4, so it is not among the lowest
        a.put("mm-3", 5);   // monitoring
        AssessmentResult r = AssessmentScorer.score(bank, new Answers(a, Map.of()));
        assertThat(ActionPlanner.weakestPillar(bank, r, null)).contains("empowerment");
        List<QuestionBank.Action> s = ActionPlanner.suggest(bank, r, null);
        assertThat(s).hasSize(3);
        assertThat(s.get(0).facet()).isEqualTo("voices");
        assertThat(s.get(1).facet()).isEqualTo("wellbeing");
        assertThat(s.get(2).scale()).isEqualTo("micromanagement");
        assertThat(s.get(2).facet()).isEqualTo("monitoring");
        assertThat(s).allSatisfy(x -> assertThat(x.plan()).startsWith("If ").contains(", then I will "));
    }

    @Test
    void tiesGoToThePillarThatFellMost() {
        AssessmentResult before = AssessmentScorer.score(bank, new Answers(withPillars(5, 3, 3), Map.of()));
        AssessmentResult now = AssessmentScorer.score(bank, new Answers(withPillars(3, 3, 3), Map.of()));
        assertThat(now.score("trust").getAsDouble()).isEqualTo(now.score("empowerment").getAsDouble());
        assertThat(ActionPlanner.weakestPillar(bank, now, before)).contains("trust");
        assertThat(ActionPlanner.weakestPillar(bank, now, null)).contains("trust"); // bank order
        AssessmentResult before2 = AssessmentScorer.score(bank, new Answers(withPillars(3, 5, 3), Map.of()));
        assertThat(ActionPlanner.weakestPillar(bank, now, before2)).contains("empowerment");
    }

    private Map<String, Integer> withPillars(int trust, int empowerment, int professionalism) {
        Map<String, Integer> m = new HashMap<>();
        for (QuestionBank.Item i : bank.items()) {
            int v = switch (i.scale()) {
                case "trust" -> trust;
                case "empowerment" -> empowerment;
                case "professionalism" -> professionalism;
                default -> 2;
            };
            m.put(i.id(), i.reversed() ? 6 - v : v);
        }
        return m;
    }
}
