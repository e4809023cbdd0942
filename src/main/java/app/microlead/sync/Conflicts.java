package app.microlead.sync;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Finds the days edited on two computers among the synced values. */
final class Conflicts {

    private Conflicts() {
    }

    static List<Conflict> list(Map<String, Unit> units) {
        List<Conflict> out = new ArrayList<>();
        units.forEach((k, u) -> {
            if (UnitMerge.keepsBoth(k) && u.versions().size() > 1) {
                List<String> texts = u.versions().stream().filter(v -> !v.isTombstone()).map(v -> v.value().asText())
                        .filter(s -> !s.isEmpty()).distinct().toList();
                if (texts.size() > 1) {
                    out.add(new Conflict(LocalDate.parse(k.substring(2, k.indexOf('/', 2))), texts));
                }
            }
        });
        return out;
    }
}
