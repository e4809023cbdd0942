package app.microlead.assessment;

import app.microlead.assessment.AssessmentResult.Quadrant;
import app.microlead.assessment.AssessmentResult.ScaleScore;
import app.microlead.assessment.QuestionBank.Item;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * Scores answers by the brief: reverse keys (6 − x), a scale's mean over answered items (none when
 * fewer than 75 % are answered), 0–100 = 100·(mean − 1)/4, the micro-leadership index as the mean
 * of the three pillars, and micromanagement risk = 0.75·tendency + 0.25·scenario control, where
 * scenario control = 100·(2 − mean option score)/4 (so the most controlling choices give 100).
 * Without any scenario answered, risk is the tendency alone. Facet scores use the same rule with
 * at least one answered item.
 */
public final class AssessmentScorer {

    private AssessmentScorer() {
    }

    public static AssessmentResult score(QuestionBank bank, Answers answers) {
        Map<String, ScaleScore> scales = new LinkedHashMap<>();
        Map<String, OptionalDouble> facets = new LinkedHashMap<>();
        for (QuestionBank.Scale s : bank.scales()) {
            List<Item> items = bank.itemsOf(s.id());
            double sum = 0;
            int answered = 0;
            for (Item i : items) {
                Integer v = keyed(i, answers);
                if (v != null) {
                    sum += v;
                    answered++;
                }
            }
            boolean enough = items.size() > 0 && (double) answered / items.size() >= bank.scoring().minAnsweredRatio();
            OptionalDouble mean = enough ? OptionalDouble.of(sum / answered) : OptionalDouble.empty();
            OptionalDouble score = enough ? OptionalDouble.of(toHundred(sum / answered)) : OptionalDouble.empty();
            QuestionBank.Band band = enough ? bank.band(s.id(), score.getAsDouble()) : null;
            scales.put(s.id(), new ScaleScore(s.id(), mean, score, band, answered, items.size()));
            for (QuestionBank.Facet f : s.facets()) {
                double fs = 0;
                int fn = 0;
                for (Item i : items) {
                    Integer v = i.facet().equals(f.id()) ? keyed(i, answers) : null;
                    if (v != null) {
                        fs += v;
                        fn++;
                    }
                }
                facets.put(s.id() + "/" + f.id(), fn == 0 ? OptionalDouble.empty() : OptionalDouble.of(toHundred(fs / fn)));
            }
        }
        OptionalDouble index = OptionalDouble.empty();
        List<QuestionBank.Scale> pillars = bank.pillars();
        if (pillars.stream().allMatch(p -> scales.get(p.id()).score().isPresent())) {
            index = OptionalDouble.of(pillars.stream().mapToDouble(p -> scales.get(p.id()).score().getAsDouble())
                    .average().orElse(0));
        }
        OptionalDouble control = scenarioControl(bank, answers);
        OptionalDouble tendency = scales.get(QuestionBank.MICROMANAGEMENT).score();
        OptionalDouble risk = OptionalDouble.empty();
        if (tendency.isPresent()) {
            risk = control.isPresent()
                    ? OptionalDouble.of(bank.scoring().riskTendencyWeight() * tendency.getAsDouble()
                            + bank.scoring().riskScenarioWeight() * control.getAsDouble())
                    : tendency;
        }
        QuestionBank.Band riskBand = risk.isPresent() ? bank.band(QuestionBank.RISK, risk.getAsDouble()) : null;
        Quadrant quadrant = null;
        if (index.isPresent() && risk.isPresent()) {
            boolean strong = index.getAsDouble() >= 50;
            boolean heavy = risk.getAsDouble() >= 50;
            quadrant = strong ? (heavy ? Quadrant.HANDS_ON_HEAVY : Quadrant.MICRO_LEADER)
                    : (heavy ? Quadrant.MICROMANAGING : Quadrant.HANDS_OFF);
        }
        return new AssessmentResult(scales, facets, index, control, risk, riskBand, quadrant,
                drivers(bank, answers, scales));
    }

    static double toHundred(double mean) {
        return 100.0 * (mean - 1) / 4.0;
    }

    /** The answer after keying, or null when unanswered or "no opportunity". */
    static Integer keyed(Item i, Answers answers) {
        Integer v = answers.likert().get(i.id());
        if (v == null || v < 1 || v > 5) {
            return null;
        }
        return i.reversed() ? 6 - v : v;
    }

    private static OptionalDouble scenarioControl(QuestionBank bank, Answers answers) {
        double sum = 0;
        int n = 0;
        for (QuestionBank.Scenario sc : bank.scenarios()) {
            String chosen = answers.scenarios().get(sc.id());
            if (chosen == null) {
                continue;
            }
            for (QuestionBank.Option o : sc.options()) {
                if (o.id().equals(chosen)) {
                    sum += o.score();
                    n++;
                }
            }
        }
        return n == 0 ? OptionalDouble.empty() : OptionalDouble.of(100.0 * (2 - sum / n) / 4.0);
    }

    /**
     * The items that drove the result: the two lowest (after keying) of the weakest pillar, and the
     * highest micromanagement item when it was answered Sometimes or more.
     */
    private static List<String> drivers(QuestionBank bank, Answers answers, Map<String, ScaleScore> scales) {
        List<String> out = new ArrayList<>();
        bank.pillars().stream().filter(p -> scales.get(p.id()).score().isPresent())
                .min(Comparator.comparingDouble(p -> scales.get(p.id()).score().getAsDouble()))
                .ifPresent(weakest -> bank.itemsOf(weakest.id()).stream()
                        .filter(i -> keyed(i, answers) != null)
                        .sorted(Comparator.comparingInt(i -> keyed(i, answers)))
                        .limit(2).forEach(i -> out.add(i.id())));
        bank.itemsOf(QuestionBank.MICROMANAGEMENT).stream()
                .filter(i -> keyed(i, answers) != null && keyed(i, answers) >= 3)
                .max(Comparator.comparingInt(i -> keyed(i, answers)))
                .ifPresent(i -> out.add(i.id()));
        return out;
    }
}
