package app.microlead.sync;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Finds the days edited on two computers among the synced values. */
final class Conflicts {

    private Conflicts() {
    }

    static List<Conflict> list(Map<String, Unit> units) {
        List<Conflict> out = new ArrayList<>();
        units.forEach((k, u) -> of(k, u).ifPresent(out::add));
        return out;
    }

    /** The day's texts when {@code key} is a day's text kept in two or more versions. */
    static Optional<Conflict> of(String key, Unit u) {
        if (!UnitMerge.keepsBoth(key) || u == null || u.versions().size() < 2) {
            return Optional.empty();
        }
        List<String> texts = u.versions().stream().filter(v -> !v.isTombstone()).map(v -> v.value().asText())
                .filter(s -> !s.isEmpty()).distinct().toList();
        return texts.size() > 1 ? Optional.of(new Conflict(LocalDate.parse(key.substring(2, key.indexOf('/', 2))), texts))
                : Optional.empty();
    }
}
