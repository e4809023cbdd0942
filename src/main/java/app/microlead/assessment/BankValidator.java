package app.microlead.assessment;

import app.microlead.assessment.QuestionBank.Band;
import app.microlead.assessment.QuestionBank.Item;
import app.microlead.assessment.QuestionBank.Scale;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The rules a question bank must keep; the first one broken is reported by name. */
final class BankValidator {

    static final int ITEMS_PER_SCALE = 6;

    private BankValidator() {
    }

    static void validate(QuestionBank b) {
        require(b.instrument() != null && !b.instrument().isBlank(), "it has no instrument id");
        require(b.version() != null && !b.version().isBlank(), "it has no version");
        require(b.scales() != null && !b.scales().isEmpty(), "it has no scales");
        require(b.items() != null, "it has no items");
        require(b.scoring() != null, "it has no scoring settings");
        require(b.scoring().minAnsweredRatio() > 0 && b.scoring().minAnsweredRatio() <= 1,
                "minAnsweredRatio must be between 0 and 1");
        Set<String> ids = new HashSet<>();
        Set<String> scaleIds = new HashSet<>();
        for (Scale s : b.scales()) {
            require(scaleIds.add(s.id()), "scale '" + s.id() + "' is defined twice");
            require(s.sd() > 0 && s.alpha() > 0 && s.alpha() < 1, "scale '" + s.id() + "' needs sd > 0 and 0 < alpha < 1");
            require(s.facets() != null && !s.facets().isEmpty(), "scale '" + s.id() + "' has no facets");
        }
        require(scaleIds.contains(QuestionBank.MICROMANAGEMENT), "there is no 'micromanagement' scale");
        for (Item i : b.items()) {
            require(i.id() != null && ids.add(i.id()), "item id '" + i.id() + "' is missing or used twice");
            require(i.text() != null && !i.text().isBlank(), "item '" + i.id() + "' has no text");
            require("likert".equals(i.type()), "item '" + i.id() + "' has type '" + i.type() + "'; items are 'likert'");
            require("plus".equals(i.keyed()) || "minus".equals(i.keyed()),
                    "item '" + i.id() + "' must be keyed 'plus' or 'minus'");
            require(scaleIds.contains(i.scale()), "item '" + i.id() + "' refers to unknown scale '" + i.scale() + "'");
            Scale s = b.scale(i.scale());
            require(s.facets().stream().anyMatch(f -> f.id().equals(i.facet())),
                    "item '" + i.id() + "' refers to unknown facet '" + i.facet() + "'");
        }
        for (Scale s : b.scales()) {
            List<Item> its = b.itemsOf(s.id());
            require(its.size() == ITEMS_PER_SCALE, "scale '" + s.id() + "' has " + its.size() + " items; it needs "
                    + ITEMS_PER_SCALE);
            s.facets().forEach(f -> require(its.stream().anyMatch(i -> i.facet().equals(f.id())),
                    "facet '" + f.id() + "' of scale '" + s.id() + "' has no item"));
            if (s.higherIsBetter()) {
                require(its.stream().filter(Item::reversed).count() <= 1,
                        "pillar '" + s.id() + "' has more than one reverse-keyed item");
            }
        }
        for (QuestionBank.Scenario sc : b.scenarios() == null ? List.<QuestionBank.Scenario>of() : b.scenarios()) {
            require(sc.id() != null && ids.add(sc.id()), "scenario id '" + sc.id() + "' is missing or used twice");
            require(sc.options() != null && sc.options().size() == 4, "scenario '" + sc.id() + "' needs four options");
            List<Integer> scores = new ArrayList<>();
            for (QuestionBank.Option o : sc.options()) {
                require(o.id() != null && ids.add(o.id()), "option id '" + o.id() + "' is missing or used twice");
                require(o.score() != null, "option '" + o.id() + "' of scenario '" + sc.id() + "' has no score");
                scores.add(o.score());
            }
            require(new HashSet<>(scores).equals(Set.of(2, 1, -1, -2)),
                    "scenario '" + sc.id() + "' must score its options +2, +1, -1 and -2, not " + scores);
        }
        List<String> banded = new ArrayList<>(scaleIds);
        banded.add(QuestionBank.RISK);
        for (String scale : banded) {
            List<Band> bands = b.bands().stream().filter(x -> x.scale().equals(scale))
                    .sorted(Comparator.comparingDouble(Band::min)).toList();
            require(!bands.isEmpty(), "scale '" + scale + "' has no bands");
            require(bands.get(0).min() <= 0, "the bands of '" + scale + "' do not start at 0");
            for (int k = 1; k < bands.size(); k++) {
                require(bands.get(k).min() == bands.get(k - 1).max(), "the bands of '" + scale + "' have a gap or overlap at "
                        + bands.get(k - 1).max());
            }
            require(bands.get(bands.size() - 1).max() > 100, "the bands of '" + scale + "' do not reach 100");
            bands.forEach(x -> require(x.text() != null && !x.text().isBlank() && x.label() != null,
                    "a band of '" + scale + "' has no label or text"));
        }
        for (QuestionBank.Action a : b.actions()) {
            require(a.id() != null && ids.add(a.id()), "action id '" + a.id() + "' is missing or used twice");
            require(scaleIds.contains(a.scale()), "action '" + a.id() + "' refers to unknown scale '" + a.scale() + "'");
            require(b.scale(a.scale()).facets().stream().anyMatch(f -> f.id().equals(a.facet())),
                    "action '" + a.id() + "' refers to unknown facet '" + a.facet() + "'");
            // plans are written in the bank's language: English "If …, then I will …", German "Wenn …, dann …"
            require(a.plan() != null && (a.plan().startsWith("If ") && a.plan().contains(", then I will ")
                    || a.plan().startsWith("Wenn ") && a.plan().contains(", dann ")),
                    "action '" + a.id() + "' needs an if–then plan (\"If …, then I will …\")");
        }
    }

    private static void require(boolean ok, String problem) {
        if (!ok) {
            throw new InvalidBankException(problem);
        }
    }
}
