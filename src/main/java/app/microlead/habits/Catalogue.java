package app.microlead.habits;

import app.microlead.common.BundledJson;
import app.microlead.common.I18n;
import app.microlead.common.LocalizedResource;
import app.microlead.common.Pillar;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** The built-in micro-actions (a JSON resource, checked when loaded). */
public final class Catalogue {

    private static final String RESOURCE = "/app/microlead/habits/catalogue.json";

    /** Ids are stored with the user's habits, so they stay stable: lower-case words joined by hyphens. */
    private static final Pattern KEBAB_ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    /** One micro-action of the catalogue, with the schedule we suggest for it. */
    public record MicroAction(String id, Pillar pillar, String name, String why, Schedule schedule) {
    }

    private final List<MicroAction> actions;

    private Catalogue(List<MicroAction> actions) {
        this.actions = List.copyOf(actions);
    }

    /** The catalogue shipped with the app, in the app's language ({@link I18n#locale()}). */
    public static Catalogue load() {
        return load(I18n.locale());
    }

    /**
     * The catalogue shipped with the app in {@code locale}'s language ({@code catalogue_de.json}),
     * the English one when there is no translation. Ids and schedules are the same in every language.
     */
    public static Catalogue load(Locale locale) {
        try (InputStream in = LocalizedResource.open(Catalogue.class, RESOURCE, locale)) {
            if (in == null) {
                throw new IllegalStateException("The micro-action catalogue " + RESOURCE + " is missing from the app");
            }
            return parse(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    record File(String format, int version, List<Item> actions) {
    }

    record Item(String id, Pillar pillar, String name, String why, String schedule) {
    }

    /** Reads and checks a catalogue; a problem is an {@link IllegalArgumentException} naming it. */
    public static Catalogue parse(InputStream json) throws IOException {
        File file;
        try {
            file = BundledJson.read(File.class, json);
        } catch (IOException e) {
            throw new IllegalArgumentException("The micro-action catalogue is not valid JSON: "
                    + e.getMessage().lines().findFirst().orElse(""), e);
        }
        if (file == null || file.actions() == null || file.actions().isEmpty()) {
            throw new IllegalArgumentException("The micro-action catalogue has no \"actions\"");
        }
        Set<String> ids = new HashSet<>();
        Set<Pillar> pillars = EnumSet.noneOf(Pillar.class);
        List<MicroAction> out = new ArrayList<>();
        for (Item it : file.actions()) {
            if (it.id() == null || it.id().isBlank()) {
                throw new IllegalArgumentException("Micro-action number " + (out.size() + 1) + " has no id");
            }
            if (!KEBAB_ID.matcher(it.id()).matches()) {
                throw new IllegalArgumentException("Micro-action id '" + it.id()
                        + "' is not lower-case words joined by hyphens (like greet-by-name)");
            }
            if (!ids.add(it.id())) {
                throw new IllegalArgumentException("Micro-action id '" + it.id() + "' is used twice");
            }
            if (it.pillar() == null) {
                throw new IllegalArgumentException("Micro-action '" + it.id() + "' has no pillar");
            }
            if (it.name() == null || it.name().isBlank() || it.why() == null || it.why().isBlank()) {
                throw new IllegalArgumentException("Micro-action '" + it.id() + "' needs a name and a why");
            }
            Schedule schedule;
            try {
                schedule = Schedule.parse(it.schedule());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("Micro-action '" + it.id() + "': " + e.getMessage(), e);
            }
            pillars.add(it.pillar());
            out.add(new MicroAction(it.id(), it.pillar(), it.name(), it.why(), schedule));
        }
        for (Pillar p : Pillar.values()) {
            if (!pillars.contains(p)) {
                throw new IllegalArgumentException("The micro-action catalogue has nothing for " + p.label());
            }
        }
        return new Catalogue(out);
    }

    public List<MicroAction> actions() {
        return actions;
    }

    /**
     * {@code name} in the app's language when it is the name of a micro-action of the catalogue in any of the app's
     * languages (a weekly review's micro-action, saved in the language of its day); any other name as it is.
     */
    public static String nameInAppLanguage(String name) {
        return CatalogueNames.nameInAppLanguage(name);
    }

    public Optional<MicroAction> byId(String id) {
        return actions.stream().filter(a -> a.id().equals(id)).findFirst();
    }

    /** A few to suggest at first run: one or two per pillar. */
    public List<MicroAction> suggestions() {
        return actions.stream().filter(a -> Set.of("greet-by-name", "explain-why", "celebrate-win",
                "invite-quiet-voice", "pause-before-reply").contains(a.id())).toList();
    }
}
