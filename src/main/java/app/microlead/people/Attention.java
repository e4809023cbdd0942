package app.microlead.people;

import app.microlead.common.Pillar;
import java.time.LocalDate;
import java.util.Map;

/**
 * The attention one person got: the last day the journal mentioned them, the last day a micro-action
 * was done for them (recognised), their last 1:1 (each null when never), how many days mention them
 * and how many micro-actions were done for them per pillar (habits without a pillar are left out).
 */
public record Attention(long personId, LocalDate lastMentioned, LocalDate lastRecognised, LocalDate lastOneOnOne,
                        int mentionDays, Map<Pillar, Integer> doneByPillar) {

    public Attention {
        doneByPillar = Map.copyOf(doneByPillar);
    }

    public static Attention none(long personId) {
        return new Attention(personId, null, null, null, 0, Map.of());
    }

    public int done(Pillar p) {
        return doneByPillar.getOrDefault(p, 0);
    }
}
