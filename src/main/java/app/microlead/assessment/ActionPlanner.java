package app.microlead.assessment;

import app.microlead.assessment.QuestionBank.Action;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * From result to action: the weakest pillar (ties: the one that fell most since the previous
 * session, then bank order) and the highest micromanagement item give three suggested actions.
 */
public final class ActionPlanner {

    private ActionPlanner() {
    }

    /** The weakest pillar's id, if any pillar was scored. */
    public static Optional<String> weakestPillar(QuestionBank bank, AssessmentResult now, AssessmentResult previous) {
        Comparator<QuestionBank.Scale> byScore = Comparator.comparingDouble(p -> now.score(p.id()).getAsDouble());
        Comparator<QuestionBank.Scale> byFall = Comparator.comparingDouble(p -> change(p.id(), now, previous));
        return bank.pillars().stream().filter(p -> now.score(p.id()).isPresent())
                .min(byScore.thenComparing(byFall)).map(QuestionBank.Scale::id);
    }

    /** Score change since the previous session (0 when unknown); more negative = fell more. */
    private static double change(String scale, AssessmentResult now, AssessmentResult previous) {
        if (previous == null) {
            return 0;
        }
        OptionalDouble before = previous.score(scale);
        return before.isPresent() ? now.score(scale).getAsDouble() - before.getAsDouble() : 0;
    }

    /** Three suggestions: two for the weakest pillar (its weakest facets first), one for the top micromanagement facet. */
    public static List<Action> suggest(QuestionBank bank, AssessmentResult now, AssessmentResult previous) {
        List<Action> out = new ArrayList<>();
        Optional<String> weakest = weakestPillar(bank, now, previous);
        weakest.ifPresent(w -> {
            Set<String> facetOrder = new LinkedHashSet<>();
            now.drivers().stream().map(bank::item).flatMap(Optional::stream).filter(i -> i.scale().equals(w))
                    .forEach(i -> facetOrder.add(i.facet()));
            bank.scale(w).facets().stream()
                    .sorted(Comparator.comparingDouble(f -> now.facet(w, f.id()).orElse(101)))
                    .forEach(f -> facetOrder.add(f.id()));
            for (String facet : facetOrder) {
                bank.actions().stream().filter(a -> a.scale().equals(w) && a.facet().equals(facet)).findFirst()
                        .ifPresent(a -> {
                            if (out.size() < 2) {
                                out.add(a);
                            }
                        });
            }
        });
        String mmFacet = now.drivers().stream().map(bank::item).flatMap(Optional::stream)
                .filter(i -> i.scale().equals(QuestionBank.MICROMANAGEMENT)).map(QuestionBank.Item::facet)
                .findFirst().orElseGet(() -> bank.scale(QuestionBank.MICROMANAGEMENT).facets().stream()
                        .max(Comparator.comparingDouble(f -> now.facet(QuestionBank.MICROMANAGEMENT, f.id()).orElse(-1)))
                        .map(QuestionBank.Facet::id).orElse("control"));
        bank.actions().stream().filter(a -> a.scale().equals(QuestionBank.MICROMANAGEMENT) && a.facet().equals(mmFacet))
                .findFirst().ifPresent(out::add);
        for (Action a : bank.actions()) {
            if (out.size() >= 3) {
                break;
            }
            if (!out.contains(a) && weakest.map(a.scale()::equals).orElse(true)) {
                out.add(a);
            }
        }
        return out;
    }
}
