package app.microlead.habits;

import app.microlead.common.I18n;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A catalogue micro-action in the app's language: a habit taken from the catalogue keeps the name and
 * reason it was added with, in the language of that day; while they are still the catalogue's own (in
 * any of the app's languages), they are shown in today's language. A habit the user renamed keeps the
 * user's words.
 */
final class CatalogueNames {

    private static final Map<Locale, Catalogue> CATALOGUES = new ConcurrentHashMap<>();

    private CatalogueNames() {
    }

    static Habit inAppLanguage(Habit h) {
        if (h.catalogueId() == null) {
            return h;
        }
        Optional<Catalogue.MicroAction> now = catalogue(I18n.locale()).byId(h.catalogueId());
        if (now.isEmpty()) {
            return h;
        }
        String name = h.name();
        String why = h.description();
        for (Locale l : I18n.LANGUAGES) {
            Optional<Catalogue.MicroAction> then = catalogue(l).byId(h.catalogueId());
            if (then.isPresent()) {
                if (then.get().name().equals(h.name())) {
                    name = now.get().name();
                }
                if (then.get().why().equals(h.description())) {
                    why = now.get().why();
                }
            }
        }
        return name.equals(h.name()) && Objects.equals(why, h.description()) ? h
                : new Habit(h.id(), h.catalogueId(), name, why, h.pillar(), h.schedule(), h.sortOrder(), h.archived(),
                        h.startDate(), h.ifThenPlan());
    }

    static String nameInAppLanguage(String name) {
        if (name == null || name.isBlank()) {
            return name;
        }
        for (Locale l : I18n.LANGUAGES) {
            Optional<Catalogue.MicroAction> then = catalogue(l).actions().stream().filter(a -> a.name().equals(name))
                    .findFirst();
            if (then.isPresent()) {
                return catalogue(I18n.locale()).byId(then.get().id()).map(Catalogue.MicroAction::name).orElse(name);
            }
        }
        return name;
    }

    private static Catalogue catalogue(Locale l) {
        return CATALOGUES.computeIfAbsent(new Locale(l.getLanguage()), Catalogue::load);
    }
}
