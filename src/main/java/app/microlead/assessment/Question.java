package app.microlead.assessment;

import java.util.ArrayList;
import java.util.List;

/** One step of the quiz: a behaviour item (answered 1–5 or "no opportunity") or a scenario. */
public record Question(String id, String text, QuestionBank.Item item, QuestionBank.Scenario scenario) {

    public boolean isScenario() {
        return scenario != null;
    }

    /**
     * The quiz order: items interleaved across scales (one of each scale in turn, so no run of
     * questions gives its scale away), then the scenarios.
     */
    public static List<Question> order(QuestionBank bank) {
        List<Question> out = new ArrayList<>();
        List<List<QuestionBank.Item>> perScale = bank.scales().stream().map(s -> bank.itemsOf(s.id())).toList();
        int max = perScale.stream().mapToInt(List::size).max().orElse(0);
        for (int k = 0; k < max; k++) {
            for (int s = 0; s < perScale.size(); s++) {
                int idx = (k + s) % max;
                if (idx < perScale.get(s).size()) {
                    QuestionBank.Item i = perScale.get(s).get(idx);
                    out.add(new Question(i.id(), i.text(), i, null));
                }
            }
        }
        for (QuestionBank.Scenario sc : bank.scenarios()) {
            out.add(new Question(sc.id(), sc.text(), null, sc));
        }
        return out;
    }
}
